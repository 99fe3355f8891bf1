// An array cannot grow past 2^32 - 1 elements.
var a = [];
a.length = 4294967295;
console.log(a.length); // expect: 4294967295
a.push(1);
// expect error: RangeError: Invalid array length
