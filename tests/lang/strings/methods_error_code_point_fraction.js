// A fractional code point is a RangeError showing the number.
console.log(String.fromCodePoint(1.5));
// expect error: RangeError: Invalid code point 1.5
