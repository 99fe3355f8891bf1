// super.x inside arrows (in methods, static methods, getters, constructors), and spread arguments in super(...).
class A {
  constructor(...args) { this.args = args; }
  greet() { return "A.greet " + this.name; }
  static make() { return "A.make"; }
  get label() { return "A.label"; }
}
class B extends A {
  constructor(...args) { super(...args, "extra"); this.name = "b"; const f = () => super.greet(); this.fromCtor = f(); }
  greet() { const f = () => super.greet() + "!"; const g = () => () => super["greet"](); return [f(), g()()]; }
  static make() { return [1, 2].map(() => super.make()); }
  get label() { return (() => super.label + "+")(); }
}
const b = new B(1, 2);
console.log(b.args, b.fromCtor, b.greet(), B.make(), b.label);
class C extends A { constructor(a) { super(...[a, a], 3, ...[], ..."xy"); } }
console.log(new C(7).args);
class D extends Array { constructor(...items) { super(...items); } }
const d = new D(1, 2, 3);
console.log(d, d.length, d instanceof D);
// expect: [ 1, 2, 'extra' ] A.greet b [ 'A.greet b!', 'A.greet b' ] [ 'A.make', 'A.make' ] A.label+
// expect: [ 7, 7, 3, 'x', 'y' ]
// expect: D(3) [ 1, 2, 3 ] 3 true
