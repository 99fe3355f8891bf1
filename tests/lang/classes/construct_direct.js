// `new C(...)` and `super(...)` of class constructors in compiled code:
// direct calls of the constructor's code (patched sites), `this` allocated
// inline with new.target's shape, and every case that must still take the
// generic path: plain functions, built-ins, default derived constructors,
// a constructor returning an object, one that throws, a parent changed
// between calls, classes made per call (mixins), too few arguments.
class Pt {
  constructor(x, y) { this.x = x; this.y = y; }
  sum() { return this.x + this.y; }
}
class Pt3 extends Pt {
  constructor(x, y, z) { super(x, y); this.z = z; }
  sum() { return super.sum() + this.z; }
}
class Pt4 extends Pt3 { constructor(w) { super(w, w, w); this.w = w; } }
class Dflt extends Pt3 {}
function Plain(v) { this.v = v; }
class Odd { constructor(k) { if (k % 7 === 0) return { odd: k }; this.k = k; } }
class Thrower { constructor(k) { if (k === 2500) throw new RangeError("bad " + k); this.k = k; } }
let s = 0;
for (let i = 0; i < 3000; i++) {
  const a = new Pt(i, 1), b = new Pt3(i, 2, 3), c = new Pt4(i), d = new Dflt(i, 1, 1);
  const p = new Plain(i), o = new Odd(i);
  s += a.sum() + b.sum() + c.sum() + c.w + d.sum() + p.v + (o.odd === undefined ? o.k : -o.odd);
}
console.log(s);
const c = new Pt4(5);
console.log(c, Object.keys(c), c instanceof Pt3, Object.getPrototypeOf(c) === Pt4.prototype);
console.log(new Dflt(1, 2, 3), new Odd(14), new Odd(3));
// Missing arguments are undefined, extra ones ignored.
let u = 0;
for (let i = 0; i < 2000; i++) u += Number.isNaN(new Pt(i).sum()) ? 1 : 0;
for (let i = 0; i < 2000; i++) u += new Pt(i, 1, 2, 3).sum() === i + 1 ? 1 : 0;
console.log(u);
// A throw from a directly called constructor lands in the caller's handler.
let made = 0;
try {
  for (let i = 0; i < 3000; i++) { new Thrower(i); made++; }
} catch (e) {
  console.log(e.name, e.message, made);
}
// Classes made per call: the same `new`/`super` sites see fresh classes.
function mixin(Base, n) {
  return class extends Base { constructor(a) { super(a, n); this.n = n; } };
}
let m = 0;
for (let i = 0; i < 1500; i++) {
  const M = mixin(i % 2 ? Pt : Pt3, i);
  const o = new M(i);
  m += o.x + o.y + o.n + (o instanceof Pt3 ? 1 : 0);
}
console.log(m);
// The parent of a class changed between super calls.
class Kid extends Pt { constructor() { super(1, 2); } }
let k = 0;
for (let i = 0; i < 2000; i++) {
  if (i === 1000) Object.setPrototypeOf(Kid, Pt3);
  const o = new Kid();
  k += o.x + o.y + (o.z === undefined ? 0 : 100);
}
console.log(k, new Kid());
// A class's prototype cannot be replaced (sloppy: ignored).
Pt.prototype = {};
console.log(new Pt(1, 2).sum());
// new of a built-in and of a non-constructor in a hot loop.
let arrs = 0;
for (let i = 0; i < 2000; i++) arrs += new Array(3).length + new Map().size;
console.log(arrs);
const fs = [Pt, Pt, Math.max];
try {
  for (let i = 0; i < 1500; i++) new fs[i % 1499 === 1498 ? 2 : 0](1, 2);
} catch (e) {
  console.log(e.name);
}
// expect: 39225216
// expect: Pt4 { x: 5, y: 5, z: 5, w: 5 } [ 'x', 'y', 'z', 'w' ] true true
// expect: Dflt { x: 1, y: 2, z: 3 } { odd: 14 } Odd { k: 3 }
// expect: 4000
// expect: RangeError bad 2500 2500
// expect: 3373500
// expect: 6000 Kid { x: 1, y: 2, z: undefined }
// expect: 3
// expect: 6000
// expect: TypeError
