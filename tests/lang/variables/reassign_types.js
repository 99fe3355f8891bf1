// A variable can hold values of any type over time.
let v = 1;
console.log(typeof v, v); // expect: number 1
v = "one";
console.log(typeof v, v); // expect: string one
v = true;
console.log(typeof v, v); // expect: boolean true
v = null;
console.log(typeof v, v); // expect: object null
v = undefined;
console.log(typeof v, v); // expect: undefined undefined
function f() {}
v = f;
console.log(typeof v, v); // expect: function [Function: f]
v = 2.5;
console.log(typeof v, v); // expect: number 2.5
