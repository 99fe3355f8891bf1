// Reading a property of undefined is node's TypeError, at the property.
let o = { f: 1 };
console.log(o.missing); // expect: undefined
o.f();
// expect error: TypeError: o.f is not a function
