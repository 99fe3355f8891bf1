// A repetition past V8's longest string is a RangeError.
console.log("abc".repeat(2 ** 28).length);
// expect error: RangeError: Invalid string length
