// Calling a number.
let f = 5;
console.log("before"); // expect: before
f();
// expect error: TypeError: f is not a function
