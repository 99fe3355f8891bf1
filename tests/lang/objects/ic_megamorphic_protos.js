// A megamorphic read site whose holder is two prototypes up, after the
// prototypes in between change; F.prototype reassigned between `new`s;
// inlined built-ins (charCodeAt, Math.sqrt, push) replaced; a
// Symbol.hasInstance defined after instanceof ran hot.
const out = [];
function getM(o) { return o.m; }
const base = { m: "base" };
const mids = [];
for (let i = 0; i < 12; i++) { const mid = Object.create(base); mid["x" + i] = i; mids.push(mid); }
const objs = mids.map((m, i) => { const o = Object.create(m); o["y" + i] = i; return o; });
for (let k = 0; k < 500; k++) for (const o of objs) getM(o);
out.push(getM(objs[3]));
mids[3].m = "mid3"; out.push(getM(objs[3]), getM(objs[4]));
base.m = "base2"; out.push(getM(objs[4]));
Object.setPrototypeOf(mids[5], { m: "newproto" }); out.push(getM(objs[5]));
delete mids[3].m; out.push(getM(objs[3]));
Object.defineProperty(mids[6], "m", { get() { return "getter6"; } }); out.push(getM(objs[6]));
// F.prototype reassigned between constructions
function F() { this.a = 1; }
for (let i = 0; i < 3000; i++) new F();
F.prototype = { hello() { return "new proto"; } };
out.push(new F().hello(), Object.getPrototypeOf(new F()) === F.prototype);
F.prototype = 5; out.push(Object.getPrototypeOf(new F()) === Object.prototype);
// builtins replaced after inline use
function cc(s) { return s.charCodeAt(0); } function sq(x) { return Math.sqrt(x); } function ps(a) { a.push(1); return a.length; }
for (let i = 0; i < 3000; i++) { cc("a"); sq(4); ps([]); }
String.prototype.charCodeAt = function () { return "patched cc"; }; out.push(cc("a"));
Math.sqrt = (x) => "patched sqrt " + x; out.push(sq(9));
Array.prototype.push = function () { return "patched push"; }; out.push(ps([]));
// instanceof with Symbol.hasInstance added late
class K {} function isK(x) { return x instanceof K; }
for (let i = 0; i < 3000; i++) isK({});
Object.defineProperty(K, Symbol.hasInstance, { value: () => true }); out.push(isK({}));
for (const x of out) console.log(x);
// expect: base
// expect: mid3
// expect: base
// expect: base2
// expect: newproto
// expect: base2
// expect: getter6
// expect: new proto
// expect: true
// expect: true
// expect: patched cc
// expect: patched sqrt 9
