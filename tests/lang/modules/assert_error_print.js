// node's AssertionError: its stack (and so console.log and the uncaught
// report) is headed `AssertionError [ERR_ASSERTION]`, starts at the
// caller of the assert function, and its own properties come in node's
// order; `toString` names the code too.
const assert = require("assert");
function check() {
  assert.strictEqual(1 + 1, 3);
}
try {
  check();
} catch (e) {
  console.log(e.stack.split("\n").slice(0, 5).join("|").replace(/\(.*\//, "(")); // expect: AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:||2 !== 3||    at check (assert_error_print.js:7:10)
  console.log(e.name, String(e).split("\n")[0]); // expect: AssertionError AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:
  console.log(Object.keys(e).join()); // expect: generatedMessage,code,actual,expected,operator
}
try {
  assert.ok(0, "custom");
} catch (e) {
  console.log(e.stack.split("\n")[1].includes("assert_error_print.js:17"), e.generatedMessage); // expect: true false
}
assert.equal(1, 2);
// expect error: AssertionError [ERR_ASSERTION]: 1 == 2
