// A default that reads a later parameter meets it in its dead zone.
function f(a = b, b = 1) { return a + b; }
console.log(f(1));
f();
// expect: 2
// expect error: ReferenceError: Cannot access 'b' before initialization
