// A join whose separators alone pass the string length limit fails at once.
var c = [];
c.length = 1e9;
console.log(c.join("").length); // expect: 0
c.join();
// expect error: RangeError: Invalid string length
