// Constructors in compiled code: a base constructor's stores see one shape
// per subclass (the set_named cold scan adds properties), `this` checks and
// results inline, and every case the fast paths must hand back.
class Base {
  constructor(id) { this.id = id; this.tag = "b"; }
}
class P extends Base { constructor(id) { super(id); this.p = 1; } }
class Q extends Base { constructor(id) { super(id); this.q = 2; this.q2 = 3; this.q3 = 4; } }
class R extends Base { }
function make(i) {
  const k = i % 4;
  if (k === 0) return new P(i);
  if (k === 1) return new Q(i);
  if (k === 2) return new R(i);
  return new Base(i);
}
let sum = 0;
for (let i = 0; i < 3000; i++) {
  const o = make(i);
  sum += o.id + (o.p || 0) + (o.q3 || 0) + Object.keys(o).length;
}
console.log(sum);
console.log(JSON.stringify(make(1)), JSON.stringify(make(2)));
// One store site, objects of many shapes: plain, preventExtensions'd,
// frozen, with five properties already (the add goes out of line).
function setX(o, v) { o.x = v; return o; }
const objs = [];
for (let i = 0; i < 1200; i++) {
  const o = i % 3 === 0 ? { a: 1 } : i % 3 === 1 ? { b: 1 } : { c: 1, d: 2, e: 3, f: 4, g: 5 };
  objs.push(setX(o, i));
}
const ne = Object.preventExtensions({ a: 1 });
setX(ne, 5);
const fr = Object.freeze({ b: 1 });
setX(fr, 6);
console.log(objs[0].x + objs[1].x + objs[2].x + objs[1199].x, ne.x, fr.x, Object.keys(objs[2]).join());
// Constructor results: an object replaces `this`, a primitive does not
// (base class), undefined in a derived class gives `this`.
class Ret {
  constructor(k) {
    this.k = k;
    if (k % 3 === 0) return { other: k };
    if (k % 3 === 1) return 7;
  }
}
class DRet extends Ret { constructor(k) { super(k); if (k === 2999) return undefined; } }
let kinds = "";
for (let i = 0; i < 3000; i++) {
  const r = new DRet(i);
  if (i >= 2997) kinds += JSON.stringify(r);
}
console.log(kinds);
// A derived constructor that returns a primitive, and one that never
// calls super, after the fast paths warmed up.
class Bad extends Base { constructor(n) { if (n > 0) super(n); if (n > 1500) return 3; } }
for (let i = 1; i < 1600; i++) {
  try { new Bad(i); } catch (e) { if (i === 1501) console.log(e.constructor.name, e.message); }
}
try { new Bad(0); } catch (e) { console.log(e.constructor.name, e.message); }
class Twice extends Base { constructor(n) { super(n); if (n > 1200) super(n); } }
for (let i = 1; i < 1300; i++) {
  try { new Twice(i); } catch (e) { if (i === 1201) console.log(e.constructor.name, e.message); }
}
// expect: 4511250
// expect: {"id":1,"tag":"b","q":2,"q2":3,"q3":4} {"id":2,"tag":"b"}
// expect: 1202 undefined undefined c,d,e,f,g,x
// expect: {"other":2997}{"k":2998}{"k":2999}
// expect: TypeError Derived constructors may only return object or undefined
// expect: ReferenceError Must call super constructor in derived class before accessing 'this' or returning from derived constructor
// expect: ReferenceError Super constructor may only be called once
