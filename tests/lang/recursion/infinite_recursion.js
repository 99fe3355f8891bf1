// Unbounded recursion ends with a RangeError.
function forever(n) {
  return forever(n + 1) + 1;
}
console.log("before"); // expect: before
forever(0);
console.log("never printed");
// expect error: RangeError: Maximum call stack size exceeded
