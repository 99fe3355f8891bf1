// Cached adds (this.y = v in a constructor, o.k = v in a function) after
// a prototype gains a setter or a read-only property, is frozen or gets a
// new prototype; a setter that adds another property is not cached as an
// add of the assigned one; class fields define and ignore setters.
"use strict";
const out = [];
class P { constructor(v) { this.y = v; this.z = 1; } }
class Q extends P { constructor(v) { super(v); this.w = 2; } }
let last;
for (let i = 0; i < 3000; i++) last = new Q(i);
out.push(Object.keys(last).join());
Object.defineProperty(P.prototype, "y", { set(v) { this._y = v + 100; }, configurable: true });
const q = new Q(5); out.push(Object.keys(q).join(), q._y);
delete P.prototype.y;
const q2 = new Q(6); out.push(Object.keys(q2).join());
// read-only on grandparent, strict assignment throws
function addZ(o) { o.zz = 1; return o; }
const gp = {}; const par = Object.create(gp);
for (let i = 0; i < 3000; i++) addZ(Object.create(par));
Object.defineProperty(gp, "zz", { value: 0, writable: false });
try { addZ(Object.create(par)); out.push("no throw"); } catch (e) { out.push(e.constructor.name + ": " + e.message); }
// freeze a prototype holding the key
const fp = { kk: 1 }; function addK(o) { o.kk = 2; return o; }
for (let i = 0; i < 3000; i++) addK(Object.create(fp));
Object.freeze(fp);
try { addK(Object.create(fp)); out.push("no throw 2"); } catch (e) { out.push(e.message); }
// __proto__ assignment of a prototype in the middle
const top1 = {}; const mid = Object.create(top1); function addM(o) { o.m = 1; return o; }
for (let i = 0; i < 3000; i++) addM(Object.create(mid));
mid.__proto__ = { set m(v) { out.push("setter m " + v); } };
addM(Object.create(mid));
// Reflect.setPrototypeOf
const mid2 = Object.create({}); function addN(o) { o.n = 1; return o; }
for (let i = 0; i < 3000; i++) addN(Object.create(mid2));
Reflect.setPrototypeOf(mid2, Object.defineProperty({}, "n", { get() { return 7; } }));
try { addN(Object.create(mid2)); } catch (e) { out.push(e.message); }
// setter on Object.prototype
function addV(o) { o.vv = 3; return o; }
for (let i = 0; i < 3000; i++) addV({ a: i });
Object.defineProperty(Object.prototype, "vv", { set(v) { out.push("OP setter " + v); }, configurable: true });
const r = addV({ a: 1 }); out.push(Object.keys(r).join());
delete Object.prototype.vv;
// class fields use define semantics: setter not called
class F { f = 1; }
for (let i = 0; i < 3000; i++) new F();
Object.defineProperty(Object.prototype, "f", { set(v) { out.push("should not run"); }, configurable: true });
out.push(Object.keys(new F()).join(), JSON.stringify({ f: 2 }));
delete Object.prototype.f;
for (const x of out) console.log(x);
// expect: y,z,w
// expect: _y,z,w
// expect: 105
// expect: y,z,w
// expect: TypeError: Cannot assign to read only property 'zz' of object '#<Object>'
// expect: Cannot assign to read only property 'kk' of object '#<Object>'
// expect: setter m 1
// expect: Cannot set property n of #<Object> which has only a getter
// expect: OP setter 3
// expect: a
// expect: f
// expect: {"f":2}
