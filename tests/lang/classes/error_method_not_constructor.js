// Methods are not constructors.
class A { m() {} }
const a = new A();
new a.m();
// expect error: TypeError: a.m is not a constructor
