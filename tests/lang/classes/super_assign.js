// super.x = v and super.x op= v: an inherited setter runs with `this` the receiver; a data property (or none) is written on `this` itself, not through its own setter.
class A {
  get x() { return this._x; }
  set x(v) { this._x = 'A:' + v; }
  get ro() { return 1; }
}
class B extends A {
  get x() { return 'B(' + super.x + ')'; }
  set x(v) { super.x = v + '!'; }
  setY(v) { super.y = v; return Object.keys(this); }
  bump() { super.n = 1; super.n += 5; super.n++; return this.n; }
  setRo() { super.ro = 2; }
  setIdx() { super[0] = 'zero'; super['k' + 1] = 'one'; return [this[0], this.k1]; }
}
const b = new B();
b.x = 'v';
console.log(b.x, b._x);
console.log(b.setY(3), b.y, Object.getOwnPropertyNames(B.prototype).includes('y'));
console.log(b.bump());
try { b.setRo(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
console.log(b.setIdx());
const base = { set v(x) { this.seen = x; } };
const lit = { __proto__: base, go() { super.v = 7; super.w = 8; return [this.seen, this.w]; } };
console.log(lit.go(), Object.keys(lit));
class C extends A { static s() { super.q = 1; return C.q; } }
console.log(C.s());
class D { set x(v) { console.log('own setter must not run'); } }
class E extends D { constructor() { super(); } set x(v) { console.log('E set'); super.x = v; } }
new E().x = 1;
// expect: B(A:v!) A:v!
// expect: [ '_x', 'y' ] 3 false
// expect: NaN
// expect: TypeError: Cannot set property ro of #<A> which has only a getter
// expect: [ 'zero', 'one' ]
// expect: [ 7, 8 ] [ 'go', 'seen', 'w' ]
// expect: 1
// expect: E set
// expect: own setter must not run
