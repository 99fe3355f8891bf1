// Operands are evaluated left to right.
let log = "";
function v(name, value) { log = log + name; return value; }
let r = v("a", 1) + v("b", 2) * v("c", 3);
console.log(r, log); // expect: 7 abc
log = "";
r = v("a", 2) ** v("b", 3) ** v("c", 2);
console.log(r, log); // expect: 512 abc
log = "";
r = v("a", 10) - v("b", 1) - v("c", 2);
console.log(r, log); // expect: 7 abc
log = "";
console.log(v("x", 1) < v("y", 2), log); // expect: true xy
log = "";
function three(p, q, s) { return p + q + s; }
r = three(v("1", 1), v("2", 2), v("3", 3));
console.log(r, log); // expect: 6 123
let i = 1;
let j = i + (i = 5) + i;
console.log(j); // expect: 11
