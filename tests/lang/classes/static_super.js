// `super.x` / `super.m()` in static fields and static blocks: the home
// object is the class, so lookups start at the parent class.
class A {
  static s = 1;
  static m() { return "Am" + this.name; }
  static set w(v) { console.log("set w", v, this.name); }
}
class B extends A {
  static x = super.s + 1;
  static y = super.m();
  static {
    console.log("blk", super.s, super.m(), super["s"]); // expect: blk 1 AmB 1
    super.w = 5; // expect: set w 5 B
    super.q = 7;
  }
  static z = () => super.m();
  static {
    const g = () => () => super.s;
    console.log(g()()); // expect: 1
    super.s += 10;
    console.log(super.s, B.s, A.s); // expect: 1 11 1
  }
}
console.log(B.x, B.y, B.z(), B.q, Object.hasOwn(B, "q")); // expect: 2 AmB AmB 7 true
class C {
  static v = super.constructor === Function;
  static { console.log(super.toString === Function.prototype.toString); } // expect: true
}
console.log(C.v); // expect: true
