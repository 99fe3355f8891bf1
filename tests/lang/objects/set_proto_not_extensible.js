// The prototype of an object that is not extensible is fixed.
var o = Object.preventExtensions({});
Object.setPrototypeOf(o, Object.prototype); // unchanged: allowed
console.log("same"); // expect: same
Object.setPrototypeOf(o, {});
// expect error: TypeError: #<Object> is not extensible
