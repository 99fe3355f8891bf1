// A let without initializer holds undefined.
let x;
console.log(x); // expect: undefined
console.log(typeof x); // expect: undefined
x = 0;
console.log(x); // expect: 0
