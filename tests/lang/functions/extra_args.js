// Extra arguments are evaluated but ignored.
function first(a) { return a; }
console.log(first(1, 2, 3)); // expect: 1
let n = 0;
function bump() { n++; return n; }
console.log(first("x", bump(), bump())); // expect: x
console.log(n); // expect: 2
function none() { return "none"; }
console.log(none(1, 2)); // expect: none
