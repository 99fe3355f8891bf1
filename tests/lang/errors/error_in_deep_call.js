// An error raised several calls deep ends the program.
function a(n) { return b(n) + 1; }
function b(n) { return c(n) + 1; }
function c(n) { if (n > 2) return undefinedThing; return n; }
console.log(a(1)); // expect: 3
console.log(a(5));
// expect error: ReferenceError: undefinedThing is not defined
