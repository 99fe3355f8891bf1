// Sloppy function declarations and expressions have own `arguments` and
// `caller` (null between calls, read-only); strict functions, arrows,
// methods, generators and classes do not. A generator has a `prototype`.
function f(a, b) {}
console.log(Object.getOwnPropertyNames(f)); // expect: [ 'length', 'name', 'arguments', 'caller', 'prototype' ]
console.log(f.hasOwnProperty("caller"), f.caller, f.arguments); // expect: true null null
f.caller = 5;
console.log(f.caller); // expect: null
const d = Object.getOwnPropertyDescriptor(f, "arguments");
console.log(d.writable, d.enumerable, d.configurable); // expect: false false false
console.log(Object.getOwnPropertyNames(() => {})); // expect: [ 'length', 'name' ]
function s() {
  "use strict";
}
console.log(Object.getOwnPropertyNames(s), s.hasOwnProperty("caller")); // expect: [ 'length', 'name', 'prototype' ] false
class C {
  m() {}
  static y() {}
  static x = 1;
}
console.log(Object.getOwnPropertyNames(C)); // expect: [ 'length', 'name', 'prototype', 'y', 'x' ]
console.log(Object.getOwnPropertyNames({ m() {} }.m)); // expect: [ 'length', 'name' ]
function* gen() {}
console.log(Object.getOwnPropertyNames(gen)); // expect: [ 'length', 'name', 'prototype' ]
console.log(Object.getOwnPropertyNames(f.bind(null))); // expect: [ 'length', 'name' ]
console.log(Reflect.ownKeys(function () {}).length, Object.keys(f)); // expect: 5 []
