// with checks its index against the length.
console.log([1, 2].with(-2, 0)); // expect: [ 0, 2 ]
[1, 2].with(2, 0);
// expect error: RangeError: Invalid index : 2
