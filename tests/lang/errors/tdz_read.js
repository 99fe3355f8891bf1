// Reading a let before its declaration runs.
console.log(x);
let x = 1;
// expect error: ReferenceError: Cannot access 'x' before initialization
