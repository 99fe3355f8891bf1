// A non-configurable property cannot be redefined (what freeze makes).
var o = Object.freeze({ a: 1 });
Object.defineProperty(o, "a", { value: 1 }); // the same value: allowed
console.log(o.a); // expect: 1
Object.defineProperty(o, "a", { value: 2 });
// expect error: TypeError: Cannot redefine property: a
