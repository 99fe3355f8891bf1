// typeof on every kind of value.
function f() {}
console.log(typeof 1); // expect: number
console.log(typeof 1.5); // expect: number
console.log(typeof NaN); // expect: number
console.log(typeof Infinity); // expect: number
console.log(typeof "s"); // expect: string
console.log(typeof ""); // expect: string
console.log(typeof true); // expect: boolean
console.log(typeof undefined); // expect: undefined
console.log(typeof null); // expect: object
console.log(typeof f); // expect: function
console.log(typeof typeof 1); // expect: string
console.log(typeof (1 + "1")); // expect: string
console.log(typeof (1 - "1")); // expect: number
console.log(typeof !1); // expect: boolean
console.log(typeof f()); // expect: undefined
let v;
console.log(typeof v); // expect: undefined
console.log(typeof notDeclaredAnywhere); // expect: undefined
console.log(typeof typeof notDeclaredAnywhere); // expect: string
