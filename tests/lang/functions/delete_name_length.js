// A function's `name` and `length` are configurable: `delete` removes
// them and the reads then reach Function.prototype's (`''` and 0, both
// read-only, so an assignment is refused there).
function f(a, b) {}
console.log(delete f.length, f.length, f.hasOwnProperty("length"), Object.getOwnPropertyNames(f));
console.log(delete f.name, JSON.stringify(f.name), f.hasOwnProperty("name"), Object.getOwnPropertyDescriptor(f, "name"));
f.length = 9;
f.name = "x";
console.log(f.length, JSON.stringify(f.name));
Object.defineProperty(f, "name", { value: "again", configurable: true });
console.log(f.name, delete f.name, JSON.stringify(f.name));
const g = (x, y, z) => 0;
delete g.name;
delete g.length;
console.log(JSON.stringify(g.name), g.length, Reflect.ownKeys(g));
class C { static m() {} }
console.log(delete C.name, C.name === "", delete C.m.name, JSON.stringify(C.m.name));
class K { static name = "custom"; }
console.log(K.name, delete K.name, JSON.stringify(K.name));
const b = f.bind(null);
console.log(b.name, delete b.name, JSON.stringify(b.name), delete b.length, b.length);
const o = Object.create(function named() {});
o.name = "q";
console.log(o.name, Object.keys(o));
function h() {}
Object.freeze(h);
console.log(delete h.name, Reflect.deleteProperty(h, "length"), h.name, h.length);
console.log(Math.max.name, delete Math.max.name, JSON.stringify(Math.max.name), delete Math.max.length, Math.max.length);
try {
  (function () {
    "use strict";
    const s = function s() {};
    delete s.name;
    s.name = "y";
  })();
} catch (e) {
  console.log(e.message);
}
// expect: true 0 false [ 'name', 'arguments', 'caller', 'prototype' ]
// expect: true "" false undefined
// expect: 0 ""
// expect: again true ""
// expect: "" 0 []
// expect: true true true ""
// expect: custom true ""
// expect: bound  true "" true 0
// expect: named []
// expect: false false h 0
// expect: max true "" true 0
// expect: Cannot assign to read only property 'name' of function 'function s() {}'
