function depth(n) {
  return depth(n + 1);
}
console.log("going down");  // expect: going down
depth(0);
// expect error: RangeError: Maximum call stack size exceeded
