// A derived constructor that never calls super().
class A {}
class B extends A {
  constructor() {}
}
new B();
// expect error: ReferenceError: Must call super constructor in derived class before accessing 'this' or returning from derived constructor
