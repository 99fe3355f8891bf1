// A function's local variables may reuse names used elsewhere.
function a() { let n = 1; return n; }
function b() { let n = 2; return n + a(); }
function c() { let n = 3; return n + b(); }
console.log(c()); // expect: 6
function d(d) { return d * 2; }
console.log(d(4)); // expect: 8
