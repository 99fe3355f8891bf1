// let declarations and reassignment.
let a = 1;
console.log(a); // expect: 1
a = 2;
console.log(a); // expect: 2
a = "now a string";
console.log(a); // expect: now a string
let b;
console.log(b); // expect: undefined
b = a;
console.log(b); // expect: now a string
let c = 1, d = c + 1, e;
console.log(c, d, e); // expect: 1 2 undefined
let $dollar = 5, _under = 6, camelCase9 = 7;
console.log($dollar + _under + camelCase9); // expect: 18
