// A new property cannot be defined on an object that is not extensible.
var o = Object.preventExtensions({ a: 1 });
Object.defineProperty(o, "a", { value: 2 });
console.log(o.a); // expect: 2
Object.defineProperty(o, "b", { value: 3 });
// expect error: TypeError: Cannot define property b, object is not extensible
