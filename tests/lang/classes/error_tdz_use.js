// Using a class before its declaration.
const c = new C();
class C {}
// expect error: ReferenceError: Cannot access 'C' before initialization
