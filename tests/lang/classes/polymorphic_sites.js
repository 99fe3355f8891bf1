// Polymorphic property and call sites in compiled code: the property
// stencil's cold part scans the site's cache (own and prototype cases, a
// grandparent's method through the prototypes in between), and a generic
// call site keeps a cache of (function code, entry) pairs. Prototypes that
// change under the caches, more than four shapes and callees, getters,
// throws from a cached callee and fresh classes per evaluation must all
// stay right.
class Base {
  constructor(id) { this.id = id; }
  get twice() { return this.area() * 2; }
  describe() { return this.kind() * 100 + this.area(); }
}
class A extends Base { constructor(id) { super(id); this.a = id + 1; } kind() { return 1; } area() { return this.a; } }
class B extends Base { constructor(id) { super(id); this.b = id + 2; } kind() { return 2; } area() { return this.b * 2; } }
class C extends B { constructor(id) { super(id); this.c = 3; } kind() { return 3; } }
class D extends Base { constructor(id) { super(id); this.d = 4; } kind() { return 4; } area() { return this.d + this.id; } }
function make(i) {
  const k = i % 4;
  return k === 0 ? new A(i) : k === 1 ? new B(i) : k === 2 ? new C(i) : new D(i);
}
function sum(xs) {
  let t = 0;
  for (let i = 0; i < xs.length; i++) {
    const s = xs[i];
    t = t + s.area() + s.describe() + s.twice + s.id;
  }
  return t;
}
const xs = [];
for (let i = 0; i < 40; i++) xs.push(make(i));
let total = 0;
for (let r = 0; r < 60; r++) total = total + sum(xs);
console.log(total); // expect: 958800
// A method added to an intermediate prototype (C's, between the receiver
// and B.prototype) must be seen at once.
C.prototype.area = function () { return 1000; };
console.log(sum(xs)); // expect: 54220
delete C.prototype.area;
console.log(sum(xs)); // expect: 15980
// A method replaced on the base: same shape, new function.
Base.prototype.describe = function () { return -1; };
console.log(sum(xs)); // expect: 4640
// An own property shadows the prototype's method on one object.
xs[0].area = function () { return 5; };
console.log(sum(xs)); // expect: 4652
// More than four receiver shapes and callees at one site.
class E extends Base { area() { return 7; } kind() { return 5; } }
class F extends Base { area() { return 8; } kind() { return 6; } }
class G extends Base { area() { return 9; } kind() { return 7; } }
for (let i = 0; i < 6; i++) xs.push(new E(i), new F(i), new G(i));
let t2 = 0;
for (let r = 0; r < 30; r++) t2 = t2 + sum(xs);
console.log(t2); // expect: 153330
// A cached callee that throws: caught by the caller's handler.
class Boom extends Base { area() { throw new RangeError("boom " + this.id); } }
xs.push(new Boom(99));
try { sum(xs); } catch (e) { console.log(e.message); } // expect: boom 99
// A fresh class per evaluation: same code, new prototype objects.
function mk(n) { return class extends Base { constructor(id) { super(id); } area() { return n; } kind() { return 0; } }; }
let t3 = 0;
for (let r = 0; r < 30; r++) { const K = mk(r); t3 = t3 + sum([new K(1), new K(2)]); }
console.log(t3); // expect: 2640
// Not objects at a property site that saw objects.
function len(o) { return o.length; }
function first(o) { return o.x; }
const mixed = [{ x: 1 }, { y: 2, x: 3 }, "str", 5, { z: 1, y: 1, x: 7 }, [1, 2]];
let t4 = 0;
for (let r = 0; r < 50; r++) for (const m of mixed) { const v = first(m); if (v !== undefined) t4 += v; t4 += len(m) === undefined ? 0 : 1; }
console.log(t4); // expect: 650
