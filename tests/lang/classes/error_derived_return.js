// A derived constructor may only return an object or undefined.
class A {}
class B extends A {
  constructor() {
    super();
    return 5;
  }
}
new B();
// expect error: TypeError: Derived constructors may only return object or undefined
