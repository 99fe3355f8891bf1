// node's global object has a prototype of its own between it and
// Object.prototype (an object whose only own key is `constructor`).
const p = Object.getPrototypeOf(globalThis);
console.log(p === Object.prototype, Object.getPrototypeOf(p) === Object.prototype);
console.log(p.constructor === Object, Reflect.ownKeys(p), String(p), globalThis instanceof Object);
console.log(Object.prototype.toString.call(globalThis), typeof globalThis.hasOwnProperty, constructor === Object);
p.fromProto = 42;
console.log(globalThis.fromProto, fromProto, "fromProto" in globalThis, globalThis.hasOwnProperty("fromProto"));
// expect: false true
// expect: true [ 'constructor' ] [object Object] true
// expect: [object global] function true
// expect: 42 42 true false
