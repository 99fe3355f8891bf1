// Calling an uninitialized variable.
let g;
g(1, 2);
// expect error: TypeError: g is not a function
