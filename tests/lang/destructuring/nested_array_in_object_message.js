// An array pattern that is a property's target in a declaration's (or
// assignment's) outermost object pattern: V8 names the initializer, with
// the words of a property read; deeper, it describes the value.
const t = (f) => { try { f(); } catch (e) { console.log(e.constructor.name + ": " + e.message); } };
const o = { a: 1, b: { c: 2 } }; const f = () => o;
t(() => { const { a: [c] } = o; });
t(() => { const { b: { c: [d] } } = o; });
t(() => { const [[x]] = [1]; });
t(() => { const [{ a: [y] }] = [{ a: 2 }]; });
t(() => { let z; ({ a: [z] } = o); });
t(() => { const { a: [c] } = { a: 1 }; });
t(() => { function f({ a: [c] }) {} f(o); });
t(() => { for (const { a: [c] } of [o]) ; });
t(() => { const { a: [c] } = { a: undefined }; });
t(() => { const { a: [c] } = { a: null }; });
t(() => { const { a: [c] } = f(); });
t(() => { const { a: [c] } = o.b; });
t(() => { const { c: [d] } = o.b; });
t(() => { const { a: [c] } = (o); });
t(() => { const { a: [c] = 5 } = o; });
t(() => { let z; ({ a: [z] } = f()); });
t(() => { const { a: [c] } = [1, 2]; });
// expect: TypeError: o is not iterable (cannot read property Symbol(Symbol.iterator))
// expect: TypeError: number 2 is not iterable (cannot read property Symbol(Symbol.iterator))
// expect: TypeError: number 1 is not iterable (cannot read property Symbol(Symbol.iterator))
// expect: TypeError: number 2 is not iterable (cannot read property Symbol(Symbol.iterator))
// expect: TypeError: o is not iterable (cannot read property Symbol(Symbol.iterator))
// expect: TypeError: {(intermediate value)} is not iterable (cannot read property Symbol(Symbol.iterator))
// expect: TypeError: number 1 is not iterable (cannot read property Symbol(Symbol.iterator))
// expect: TypeError: .for is not iterable (cannot read property Symbol(Symbol.iterator))
// expect: TypeError: Cannot destructure property 'Symbol(Symbol.iterator)' of '{(intermediate value)}' as it is undefined.
// expect: TypeError: Cannot destructure property 'Symbol(Symbol.iterator)' of '{(intermediate value)}' as it is null.
// expect: TypeError: f(...) is not iterable (cannot read property Symbol(Symbol.iterator))
// expect: TypeError: Cannot destructure property 'Symbol(Symbol.iterator)' of 'o.b' as it is undefined.
// expect: TypeError: o.b is not iterable (cannot read property Symbol(Symbol.iterator))
// expect: TypeError: o is not iterable (cannot read property Symbol(Symbol.iterator))
// expect: TypeError: number 1 is not iterable (cannot read property Symbol(Symbol.iterator))
// expect: TypeError: f(...) is not iterable (cannot read property Symbol(Symbol.iterator))
// expect: TypeError: Cannot destructure property 'Symbol(Symbol.iterator)' of '[1,2]' as it is undefined.
