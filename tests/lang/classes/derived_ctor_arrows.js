// Arrows in a derived constructor: `this` is bound by super(...); before it, ReferenceError.
class A { constructor() { this.base = 1; } }
class B extends A {
  constructor() {
    const early = () => this;
    try { early(); } catch (e) { console.log(e.constructor.name, e.message); }
    super();
    this.x = 2;
    const f = () => this.x + this.base;
    console.log(f(), early() === this, [1, 2].map(v => v * this.x));
  }
}
new B();
// expect: ReferenceError Must call super constructor in derived class before accessing 'this' or returning from derived constructor
// expect: 3 true [ 2, 4 ]
