// Calling an anonymous class: V8's message has no name in it.
const cases = [() => (class {})(), () => [class {}][0](), () => (class {}).call(), () => { const C = class {}; C(); }];
for (const c of cases) {
  try {
    c();
  } catch (e) {
    console.log(e.message);
  }
}
// expect: Class constructors cannot be invoked without 'new'
// expect: Class constructors cannot be invoked without 'new'
// expect: Class constructors cannot be invoked without 'new'
// expect: Class constructor C cannot be invoked without 'new'
