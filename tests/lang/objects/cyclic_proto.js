// A prototype chain may not loop.
var a = {};
var b = Object.create(a);
Object.setPrototypeOf(a, b);
// expect error: TypeError: Cyclic __proto__ value
