// Object literal methods are not constructors either.
const o = { m() { return 1; } };
console.log(o.m());
new o.m();
// expect: 1
// expect error: TypeError: o.m is not a constructor
