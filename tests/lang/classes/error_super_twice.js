// super() may only be called once.
class A {}
class B extends A {
  constructor() {
    super();
    super();
  }
}
new B();
// expect error: ReferenceError: Super constructor may only be called once
