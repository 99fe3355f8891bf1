// Array with a fractional length.
console.log(Array(2.0).length); // expect: 2
Array(1.5);
// expect error: RangeError: Invalid array length
