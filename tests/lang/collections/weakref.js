// WeakRef with strong semantics: deref() returns the target (stitch never
// clears it); node's printing, tags and errors.
const o = { a: 1 };
const w = new WeakRef(o);
console.log(w);
console.log([w], { w });
console.log(typeof WeakRef, WeakRef.length, WeakRef.name, typeof w);
console.log(Object.prototype.toString.call(w), w[Symbol.toStringTag], String(w));
console.log(Object.getOwnPropertyNames(WeakRef), Object.getOwnPropertyNames(WeakRef.prototype));
console.log(WeakRef.prototype.deref.length, WeakRef.prototype.deref.name);
console.log(Object.getOwnPropertyDescriptor(WeakRef.prototype, Symbol.toStringTag));
console.log(w.deref() === o, w.deref().a);
const sym = Symbol('s');
console.log(new WeakRef(sym).deref() === sym);
for (const t of [1, 'x', null, undefined, true, Symbol.for('r')]) {
  try { new WeakRef(t); } catch (e) { console.log(e.constructor.name, e.message); }
}
try { WeakRef({}); } catch (e) { console.log(e.constructor.name, e.message); }
try { WeakRef.prototype.deref.call({}); } catch (e) { console.log(e.message); }
try { WeakRef.prototype.deref.call(new WeakMap()); } catch (e) { console.log(e.message); }
try { WeakRef.prototype.deref.call(5); } catch (e) { console.log(e.message); }
class W extends WeakRef {
  constructor(t) { super(t); this.x = 1; }
}
const ww = new W(o);
console.log(ww, ww.deref() === o, ww instanceof WeakRef, ww instanceof W);
console.log(Object.getPrototypeOf(Reflect.construct(WeakRef, [o], Array)) === Array.prototype);
w.foo = 3;
console.log(w, Object.keys(w), JSON.stringify(w));
console.log(new WeakRef(new WeakRef({})));
// Many WeakRefs and a collection: the targets stay.
const refs = [];
for (let i = 0; i < 2000; i++) refs.push(new WeakRef({ i }));
let junk = [];
for (let i = 0; i < 20000; i++) junk.push({ i });
junk = null;
let sum = 0;
for (const r of refs) sum += r.deref().i;
console.log(sum);
// expect: WeakRef {}
// expect: [ WeakRef {} ] { w: WeakRef {} }
// expect: function 1 WeakRef object
// expect: [object WeakRef] WeakRef [object WeakRef]
// expect: [ 'length', 'name', 'prototype' ] [ 'constructor', 'deref' ]
// expect: 0 deref
// expect: {
// expect:   value: 'WeakRef',
// expect:   writable: false,
// expect:   enumerable: false,
// expect:   configurable: true
// expect: }
// expect: true 1
// expect: true
// expect: TypeError WeakRef: invalid target
// expect: TypeError WeakRef: invalid target
// expect: TypeError WeakRef: invalid target
// expect: TypeError WeakRef: invalid target
// expect: TypeError WeakRef: invalid target
// expect: TypeError WeakRef: invalid target
// expect: TypeError Constructor WeakRef requires 'new'
// expect: Method WeakRef.prototype.deref called on incompatible receiver #<Object>
// expect: Method WeakRef.prototype.deref called on incompatible receiver #<WeakMap>
// expect: Method WeakRef.prototype.deref called on incompatible receiver 5
// expect: W [WeakRef] { x: 1 } true true true
// expect: true
// expect: WeakRef { foo: 3 } [ 'foo' ] {"foo":3}
// expect: WeakRef {}
// expect: 1999000
