// Object.prototype.toString calls a class (and its static methods)
// Function; a wrapped string's length is a fixed property.
class C {}
class D extends C { static m() {} }
var tag = (v) => Object.prototype.toString.call(v);
console.log(tag(C), tag(D), tag(D.m)); // expect: [object Function] [object Function] [object Function]
console.log(Object.getOwnPropertyDescriptor(new String("ab"), "length")); // expect: { value: 2, writable: false, enumerable: false, configurable: false }
