// A non-configurable accessor cannot be redefined.
const o = {};
Object.defineProperty(o, "x", { get: function () { return 1; } });
console.log(o.x);
Object.defineProperty(o, "x", { get: function () { return 2; } });
// expect: 1
// expect error: TypeError: Cannot redefine property: x
