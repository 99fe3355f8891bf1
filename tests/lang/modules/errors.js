// What `require` throws: catchable errors with node's codes.
try {
  require('./required/missing');
} catch (e) {
  console.log(e.name, e.code, e.message.split('\n')[0]);
}
// expect: Error MODULE_NOT_FOUND Cannot find module './required/missing'
try {
  require(42);
} catch (e) {
  console.log(e.code, e.message);
}
// expect: ERR_INVALID_ARG_TYPE The "id" argument must be of type string. Received type number (42)
try {
  require('./required/syntax_error');
} catch (e) {
  console.log(e instanceof SyntaxError);
}
// expect: true
const { fail } = require('./required/throws');
try {
  fail('input');
} catch (e) {
  console.log(String(e), e.stack.split('\n')[1].includes('required/throws.js:2:9'));
}
// expect: RangeError: bad input true
fail('uncaught');
// expect error: RangeError: bad uncaught
