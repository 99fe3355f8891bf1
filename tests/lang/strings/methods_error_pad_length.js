// Padding past V8's longest string is a RangeError.
console.log("x".padStart(5, "ab")); // expect: ababx
console.log("x".padEnd(2 ** 30, "ab").length);
// expect error: RangeError: Invalid string length
