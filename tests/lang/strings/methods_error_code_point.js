// A code point past U+10FFFF (or negative, or fractional) is a RangeError.
console.log(String.fromCodePoint(0x10FFFF).length); // expect: 2
console.log(String.fromCodePoint(65, 0x110000));
// expect error: RangeError: Invalid code point 1114112
