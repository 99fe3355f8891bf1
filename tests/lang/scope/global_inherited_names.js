// A free name the script never declared may still be a property the global
// object inherits from Object.prototype.
console.log(typeof toString, typeof hasOwnProperty, typeof constructor); // expect: function function function
console.log(typeof nothingHere); // expect: undefined
console.log(toString === Object.prototype.toString, constructor === Object); // expect: true true
function f() { return typeof isPrototypeOf; }
console.log(f()); // expect: function
const o = { __proto__: 1, __proto__ };
console.log(Object.keys(o)); // expect: [ '__proto__' ]
try { nothingHere; } catch (e) { console.log(e.message); } // expect: nothingHere is not defined
toString = 5;
console.log(toString); // expect: 5
