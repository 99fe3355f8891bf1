// `super.x` in an instance field initialiser (and in its arrows) reads
// the parent class's prototype, with the instance as receiver.
class A {
  m() {
    return "A.m:" + this.tag;
  }
  get g() {
    return "A.g";
  }
}
class B extends A {
  tag = "b";
  direct = super.g;
  f = () => super.m();
  nested = () => () => super.m() + "!";
}
const b = new B();
const f = b.f,
  n = b.nested();
console.log(f(), b.direct, n()); // expect: A.m:b A.g A.m:b!
class C extends A {
  tag = "c";
  f = () => super.m();
  constructor() {
    const k = () => super();
    k();
  }
}
console.log(new C().f()); // expect: A.m:c
