// A base constructor that returns an object replaces this; a primitive is ignored.
class A {
  constructor(v) {
    this.v = v;
    if (v > 1) return { replaced: v };
    return 3;
  }
}
console.log(new A(1), new A(2));
class B extends A {
  constructor() {
    const r = super(5);
    console.log("super returned", r);
    return undefined;
  }
}
console.log(new B());
class E extends A {
  constructor() {
    super(0);
    return { other: true };
  }
}
console.log(new E(), new E() instanceof E);
// expect: A { v: 1 } { replaced: 2 }
// expect: super returned { replaced: 5 }
// expect: { replaced: 5 }
// expect: { other: true } false
