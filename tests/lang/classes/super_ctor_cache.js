// super(...)'s parent comes from the running constructor's shape (the
// function's super cache in compiled code): it must follow a class made
// twice, a parent swapped with Object.setPrototypeOf, a constructor that
// gained static properties, and super(...) inside an arrow.
function make(base) {
  return class extends base {
    constructor(x) {
      super(x);
      this.y = x + 1;
    }
  };
}
class A {
  constructor(x) { this.a = x; }
}
class B {
  constructor(x) { this.b = x * 2; }
}
const CA = make(A);
const CB = make(B);
let sum = 0;
for (let i = 0; i < 3000; i++) {
  const o = i % 2 ? new CA(i) : new CB(i);
  sum += (o.a || 0) + (o.b || 0) + o.y;
}
console.log(sum);
// expect: 11248500

class D extends A {
  constructor(x) { super(x); }
}
let t = 0;
for (let i = 0; i < 2000; i++) t += new D(i).a;
Object.setPrototypeOf(D, B);
for (let i = 0; i < 2000; i++) t += new D(i).b;
D.extra = 1;
for (let i = 0; i < 10; i++) t += new D(i).b;
console.log(t);
// expect: 5997090

class E extends A {
  constructor(x) {
    const f = () => super(x);
    f();
  }
}
let u = 0;
for (let i = 0; i < 2000; i++) u += new E(i).a;
Object.setPrototypeOf(E, B);
for (let i = 0; i < 2000; i++) u += new E(i).b;
console.log(u);
// expect: 5997000

class F extends A {
  constructor(x) { super(x); }
}
for (let i = 0; i < 2000; i++) new F(i);
Object.setPrototypeOf(F, { notACtor: true });
try {
  new F(1);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
// expect: TypeError Super constructor #<Object> of F is not a constructor
// Functions that are not constructors go by their names (an anonymous
// one by null).
for (const p of [() => 1, { m() {} }.m, function* g() {}]) {
  Object.setPrototypeOf(F, p);
  try {
    new F(1);
  } catch (e) {
    console.log(e.message);
  }
}
// expect: Super constructor null of F is not a constructor
// expect: Super constructor m of F is not a constructor
// expect: Super constructor g of F is not a constructor
Object.setPrototypeOf(F, Math.max);
new F(1);
// expect error: TypeError: Super constructor max of F is not a constructor
