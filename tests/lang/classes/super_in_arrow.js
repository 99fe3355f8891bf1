// super(...) in arrows of a derived constructor (this bound for the constructor, fields run after it), new.target in arrows of constructors and methods.
class P { constructor(a, b) { this.sum = a + b; } who() { return 'P'; } }
class C extends P {
  f = this.sum * 2;
  #p = 7;
  constructor(...xs) {
    const init = () => super(...xs);
    try { this.x; } catch (e) { console.log(e.constructor.name, e.message); }
    const r = init();
    console.log(r === this, this.sum, this.f, this.#p);
    try { init(); } catch (e) { console.log(e.constructor.name, e.message); }
  }
  who() { const a = () => () => super.who() + '/C:' + new.target; return a()(); }
}
const c = new C(1, 2);
console.log(c.who());
class D extends P {
  constructor(flag) {
    if (flag) { (() => { (() => super(10, 20))(); })(); } else { super(1, 1); }
    const nt = () => new.target === D;
    console.log(this.sum, nt());
  }
}
new D(true); new D(false);
class E extends P { constructor() { const f = () => 1; f(); } }
try { new E(); } catch (e) { console.log(e.constructor.name, e.message); }
function Plain() { const g = () => new.target; return g(); }
console.log(typeof new Plain(), Plain());
class M { m() { return (() => new.target)(); } }
console.log(new M().m());
class F extends P { constructor() { const s = (x) => { super(x, x); return this; }; console.log(s(4).sum); } }
new F();
const objs = [];
for (let i = 0; i < 3; i++) {
  class G extends P { constructor() { const k = () => super(i, i); k(); objs.push(this.sum); } }
  new G();
}
console.log(objs);

// expect: ReferenceError Must call super constructor in derived class before accessing 'this' or returning from derived constructor
// expect: true 3 6 7
// expect: ReferenceError Super constructor may only be called once
// expect: P/C:undefined
// expect: 30 true
// expect: 2 true
// expect: ReferenceError Must call super constructor in derived class before accessing 'this' or returning from derived constructor
// expect: function undefined
// expect: undefined
// expect: 8
// expect: [ 0, 2, 4 ]
