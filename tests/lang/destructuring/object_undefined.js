function f() {}
const { x } = f();
// expect error: TypeError: Cannot destructure property 'x' of 'f(...)' as it is undefined.
