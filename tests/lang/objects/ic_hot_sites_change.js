// Hot sites that then meet something new: a method replaced by a
// non-function, a global callee reassigned (function, arrow, native, class,
// number), elements kinds widening under a store loop, a truncated and a
// sparse array under a read loop, frozen and sealed arrays, a dictionary-
// mode object, a getter turned into a data property, arguments aliasing.
const out = [];
function callIt(o) { return o.m(1); }
const objs = [{ m(x) { return x + 1; } }, { m(x) { return x * 10; } }];
for (let i = 0; i < 3000; i++) callIt(objs[i & 1]);
out.push(callIt(objs[0]), callIt(objs[1]));
objs[0].m = 5;
try { callIt(objs[0]); } catch (e) { out.push(e.message); }
objs[0].m = undefined;
try { callIt(objs[0]); } catch (e) { out.push(e.message); }
delete objs[1].m;
try { callIt(objs[1]); } catch (e) { out.push(e.message); }
// global function reassigned under a patched call site
function g(x) { return x + 1; }
function callG(x) { return g(x); }
for (let i = 0; i < 3000; i++) callG(i);
g = function (x) { return x * 2; };
out.push(callG(5));
g = (x) => x - 1; out.push(callG(5));
g = Math.max; out.push(callG(5));
g = class {}; try { callG(1); } catch (e) { out.push(e.message); }
g = 3; try { callG(1); } catch (e) { out.push(e.message); }
// elements kinds in hot loops
function fill(a, n, f) { for (let i = 0; i < n; i++) a[i] = f(i); return a; }
const a1 = fill([], 3000, (i) => i);
fill(a1, 3, (i) => i + 0.5); out.push(a1[0], a1[2999]);
fill(a1, 2, (i) => "s" + i); out.push(a1[0], a1[1], a1[2]);
fill(a1, 2, (i) => -0); out.push(Object.is(a1[0], -0));
function sum(a) { let s = 0; for (let i = 0; i < a.length; i++) s += a[i]; return s; }
const d = fill([], 3000, (i) => i * 0.5); for (let k = 0; k < 5; k++) sum(d);
d[10] = "x"; out.push(sum(d).slice(0, 20));
d.length = 5; out.push(sum(d));
d[100000] = 1; out.push(d.length, sum(d));
// frozen array store in a hot loop (sloppy: ignored)
const fa = Object.freeze([1, 2, 3]); fill(fa, 3, (i) => 9); out.push(fa.join());
const sa = Object.seal([1, 2, 3]); fill(sa, 4, (i) => 7); out.push(sa.join(), sa.length);
// dictionary-mode objects at a hot site
function getK(o) { return o.k; }
const many = {}; for (let i = 0; i < 100; i++) many["p" + i] = i; many.k = "dict";
for (let i = 0; i < 3000; i++) getK(i & 1 ? many : { k: i });
out.push(getK(many)); delete many.k; out.push(getK(many));
many.k = "again"; out.push(getK(many));
// getter replaced by data property on a prototype
const pr = { get v() { return "getter"; } }; const inst = Object.create(pr);
function getV(o) { return o.v; }
for (let i = 0; i < 3000; i++) getV(inst);
Object.defineProperty(pr, "v", { value: "data", writable: true }); out.push(getV(inst));
pr.v = "data2"; out.push(getV(inst));
inst.v = "own"; out.push(getV(inst), getV(Object.create(pr)));
// arguments object aliasing in hot code
function al(a, b) { arguments[0] = 9; b = 8; return a + arguments[1]; }
for (let i = 0; i < 3000; i++) al(1, 2); out.push(al(1, 2));
function strictAl(a) { "use strict"; arguments[0] = 9; return a; }
for (let i = 0; i < 3000; i++) strictAl(1); out.push(strictAl(1));
// string receivers and boxed
function len(x) { return x.length; }
for (let i = 0; i < 3000; i++) len(i & 1 ? "ab" : [1, 2, 3]);
out.push(len("hello"), len([]), len(new String("xyz")), len({ length: "L" }), len(function (a, b) {}));
try { len(null); } catch (e) { out.push(e.message); }
for (const x of out) console.log(x);
// expect: 2
// expect: 10
// expect: o.m is not a function
// expect: o.m is not a function
// expect: o.m is not a function
// expect: 10
// expect: 4
// expect: 5
// expect: Class constructor g cannot be invoked without 'new'
// expect: g is not a function
// expect: 0.5
// expect: 2999
// expect: s0
// expect: s1
// expect: 2.5
// expect: true
// expect: 22.5x5.566.577.588.5
// expect: 5
// expect: 100001
// expect: NaN
// expect: 1,2,3
// expect: 7,7,7
// expect: 3
// expect: dict
// expect: undefined
// expect: again
// expect: data
// expect: data2
// expect: own
// expect: data2
// expect: 17
// expect: 1
// expect: 5
// expect: 0
// expect: 3
// expect: L
// expect: 2
// expect: Cannot read properties of null (reading 'length')
