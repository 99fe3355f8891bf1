// What V8 says when an object pattern meets null or undefined: a
// parameter with a default prints its value as the conditional the
// default compiles to (`(intermediate value)` thrice); a first property
// with a default is read without the check (`Cannot read properties`);
// a catch clause's value is `.catch`.
function t(f) {
  try {
    f();
  } catch (e) {
    console.log(e.message);
  }
}
t(() => { function g({ a } = null) {} g(); });
t(() => { function g({ a } = undefined) {} g(); });
t(() => { function g(x, { a } = null) {} g(1, null); });
t(() => { const g = ({ a, b } = null) => 0; g(); });
t(() => { class C { m({ a } = null) {} } new C().m(); });
t(() => { function g({} = null) {} g(); });
t(() => { function g({ ...r } = null) {} g(); });
t(() => { function g({ a = 1 } = null) {} g(); });
t(() => { function g({ a = 1 }) {} g(null); });
t(() => { const { a = 1, b } = null; });
t(() => { const { b, a = 1 } = null; });
t(() => { let v; const { a: x = 1 } = v; });
t(() => { let a; ({ a = 1 } = null); });
t(() => { for (const { a = 1 } of [undefined]) {} });
t(() => { try { throw null; } catch ({ a }) {} });
t(() => { try { throw undefined; } catch ({ a = 2 }) {} });
t(() => { try { throw {}; } catch ({ a: [b] }) {} });
t(() => { try { throw null; } catch ([a]) {} });
// expect: Cannot destructure property 'a' of '(intermediate value)(intermediate value)(intermediate value)' as it is null.
// expect: Cannot destructure property 'a' of '(intermediate value)(intermediate value)(intermediate value)' as it is undefined.
// expect: Cannot destructure property 'a' of '(intermediate value)(intermediate value)(intermediate value)' as it is null.
// expect: Cannot destructure property 'a' of '(intermediate value)(intermediate value)(intermediate value)' as it is null.
// expect: Cannot destructure property 'a' of '(intermediate value)(intermediate value)(intermediate value)' as it is null.
// expect: Cannot destructure '(intermediate value)(intermediate value)(intermediate value)' as it is null.
// expect: Cannot destructure '(intermediate value)(intermediate value)(intermediate value)' as it is null.
// expect: Cannot read properties of null (reading 'a')
// expect: Cannot read properties of null (reading 'a')
// expect: Cannot read properties of null (reading 'a')
// expect: Cannot destructure property 'b' of 'null' as it is null.
// expect: Cannot read properties of undefined (reading 'a')
// expect: Cannot read properties of null (reading 'a')
// expect: Cannot read properties of undefined (reading 'a')
// expect: Cannot destructure property 'a' of '.catch' as it is null.
// expect: Cannot read properties of undefined (reading 'a')
// expect: Cannot destructure property 'Symbol(Symbol.iterator)' of '.catch' as it is undefined.
// expect: object null is not iterable (cannot read property Symbol(Symbol.iterator))
