// f.length is the number of declared parameters.
function zero() {}
function one(a) {}
function three(a, b, c) { return a; }
console.log(zero.length); // expect: 0
console.log(one.length); // expect: 1
console.log(three.length); // expect: 3
let g = three;
console.log(g.length); // expect: 3
console.log(three.length + one.length); // expect: 4
