// Errors the runtime raises are catchable objects of the right class.
function check(f) {
  try {
    f();
    console.log("no error");
  } catch (e) {
    console.log(e instanceof Error, e.constructor === e.constructor, e.name, e.message);
    console.log(Object.prototype.toString.call(e), typeof e, String(e));
  }
}
check(function () { null.x; });
check(function () { undefined.y = 1; });
check(function () { notDefined + 1; });
check(function () { const c = 1; c = 2; });
check(function () { const one = 1; one(); });
check(function () { new Array(-1); });
check(function () { "abc".repeat(-1); });
check(function () { JSON.parse("{bad"); });
try {
  null.f();
} catch (e) {
  console.log(e instanceof TypeError, e instanceof RangeError, e.constructor === TypeError);
}
function recurse(n) {
  return recurse(n + 1) + 1;
}
let where = "";
function deep(n) {
  if (n > 0) return deep(n - 1);
  try {
    return recurse(0);
  } catch (e) {
    where = e.name + ": " + e.message;
    return e instanceof RangeError;
  }
}
console.log(deep(100), where);
// After an overflow was caught, calls work normally again.
function sum(n) {
  return n === 0 ? 0 : n + sum(n - 1);
}
console.log(sum(1000));
// expect: true true TypeError Cannot read properties of null (reading 'x')
// expect: [object Error] object TypeError: Cannot read properties of null (reading 'x')
// expect: true true TypeError Cannot set properties of undefined (setting 'y')
// expect: [object Error] object TypeError: Cannot set properties of undefined (setting 'y')
// expect: true true ReferenceError notDefined is not defined
// expect: [object Error] object ReferenceError: notDefined is not defined
// expect: true true TypeError Assignment to constant variable.
// expect: [object Error] object TypeError: Assignment to constant variable.
// expect: true true TypeError one is not a function
// expect: [object Error] object TypeError: one is not a function
// expect: true true RangeError Invalid array length
// expect: [object Error] object RangeError: Invalid array length
// expect: true true RangeError Invalid count value: -1
// expect: [object Error] object RangeError: Invalid count value: -1
// expect: true true SyntaxError Expected property name or '}' in JSON at position 1
// expect: [object Error] object SyntaxError: Expected property name or '}' in JSON at position 1
// expect: true false true
// expect: true RangeError: Maximum call stack size exceeded
// expect: 500500
