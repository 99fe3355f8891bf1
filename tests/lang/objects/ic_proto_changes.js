// Inline caches after a prototype changes: methods replaced, deleted and
// turned into getters, prototypes swapped, data properties turned into
// getters and read-only ones, frozen and non-extensible receivers, and a
// setter added on a prototype after a store site cached adding the
// property (the cached add must be forgotten: PropSite::forget_adds).
// IC invalidation scenarios, hot loops so the JIT patches sites
function getX(o) { return o.x; }
function callM(o) { return o.m(); }
function setY(o, v) { o.y = v; return o; }
class A { m() { return "A.m"; } }
class B extends A {}
const out = [];
const b = new B();
for (let i = 0; i < 3000; i++) callM(b);
out.push(callM(b));
A.prototype.m = function () { return "A.m2"; };
out.push(callM(b));
B.prototype.m = function () { return "B.m"; };
out.push(callM(b));
delete B.prototype.m;
out.push(callM(b));
Object.defineProperty(A.prototype, "m", { get() { return () => "getter m"; }, configurable: true });
out.push(callM(b));
Object.setPrototypeOf(B.prototype, { m() { return "new proto"; } });
out.push(callM(b));
// data -> accessor on own prototype chain for get
const proto = { x: 1 };
const o = Object.create(proto);
for (let i = 0; i < 3000; i++) getX(o);
out.push(getX(o));
proto.x = 2; out.push(getX(o));
Object.defineProperty(proto, "x", { get() { return "gx"; } });
out.push(getX(o));
o.x = 5; out.push(getX(o));
Object.defineProperty(o, "x", { value: 7, writable: false });
out.push(getX(o));
// store to frozen / non-writable / setter after hot
const objs = [];
for (let i = 0; i < 3000; i++) objs.push(setY({ a: 1 }, i));
const fr = Object.freeze({ a: 1 });
setY(fr, 9); out.push(fr.y);
const nw = { a: 1 }; Object.defineProperty(nw, "y", { value: 1, writable: false });
setY(nw, 9); out.push(nw.y);
const sp = Object.create({ set y(v) { this._y = v * 2; } });
sp.a = 1;
setY(sp, 21); out.push(sp._y, Object.keys(sp).join());
const ne = Object.preventExtensions({ a: 1 });
setY(ne, 3); out.push(ne.y);
// proto with setter added after store site is hot on same shape
const base = {}; const k1 = Object.create(base); k1.a = 1;
for (let i = 0; i < 3000; i++) { const k = Object.create(base); k.a = 1; setY(k, i); }
Object.defineProperty(base, "y", { set(v) { this.seen = v; }, configurable: true });
const k2 = Object.create(base); k2.a = 1; setY(k2, 42); out.push(k2.seen, Object.keys(k2).join());
// array length / elements kinds
function at(a, i) { return a[i]; }
const arr = [1, 2, 3];
for (let i = 0; i < 3000; i++) at(arr, i % 3);
arr[1] = 1.5; out.push(at(arr, 1));
arr[5] = "s"; out.push(at(arr, 4), at(arr, 5), arr.length);
Array.prototype[4] = "proto4"; out.push(at(arr, 4)); delete Array.prototype[4];
arr.length = 1; out.push(at(arr, 2), JSON.stringify(arr));
const ta = new Int8Array(4); for (let i = 0; i < 3000; i++) at(ta, i % 4); ta[0] = 300; out.push(at(ta, 0), at(ta, 9));
out.push(at("str", 1), at({ 1: "obj" }, 1));
for (const x of out) console.log(x);
// expect: A.m
// expect: A.m2
// expect: B.m
// expect: A.m2
// expect: getter m
// expect: new proto
// expect: 1
// expect: 2
// expect: gx
// expect: gx
// expect: 7
// expect: undefined
// expect: 1
// expect: 42
// expect: a,_y
// expect: undefined
// expect: 42
// expect: a,seen
// expect: 1.5
// expect: undefined
// expect: s
// expect: 6
// expect: proto4
// expect: undefined
// expect: [1]
// expect: 44
// expect: undefined
// expect: t
// expect: obj
