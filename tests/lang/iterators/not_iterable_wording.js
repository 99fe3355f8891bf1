// "is not iterable" names the value as V8 prints its expression, and the
// words depend on where the value is: an array literal's spread and
// for...of print the expression (a call by its callee), a call's only and
// last spread is CallWithSpread's, other spreads of a call describe it.
function T(f) { try { return f(); } catch (e) { return e.message; } }
var n = null, o = { a: 1, m() { return 1; } };
function g() { return 1; }
function f() {}
console.log(T(() => [...n])); // expect: n is not iterable
console.log(T(() => [...o.b])); // expect: o.b is not iterable
console.log(T(() => [...(o)])); // expect: o is not iterable
console.log(T(() => [...g()])); // expect: g is not a function or its return value is not iterable
console.log(T(() => [...new f()])); // expect: f is not a function or its return value is not iterable
console.log(T(() => [...(1 + 2)])); // expect: 3 is not iterable
console.log(T(() => { for (const x of o.m()) {} })); // expect: o.m is not a function or its return value is not iterable
console.log(T(() => { for (const x of (o)) {} })); // expect: o is not iterable
console.log(T(() => f(...o))); // expect: Spread syntax requires ...iterable[Symbol.iterator] to be a function
console.log(T(() => f(1, ...5))); // expect: Spread syntax requires ...iterable[Symbol.iterator] to be a function
console.log(T(() => f(...(n)))); // expect: n is not iterable (cannot read property null)
console.log(T(() => new f(...o.b))); // expect: o.b is not iterable (cannot read property undefined)
console.log(T(() => f(...o, 1))); // expect: object is not iterable (cannot read property Symbol(Symbol.iterator))
console.log(T(() => f(...[], ...n))); // expect: object null is not iterable (cannot read property Symbol(Symbol.iterator))
// A declaration quotes a value that starts where its initializer does.
console.log(T(() => { const [a] = g(); })); // expect: g is not a function or its return value is not iterable
console.log(T(() => { const [a] = o; })); // expect: o is not iterable
console.log(T(() => { const [a] = o.a; })); // expect: number 1 is not iterable (cannot read property Symbol(Symbol.iterator))
console.log(T(() => { const [a] = o.m(); })); // expect: number 1 is not iterable (cannot read property Symbol(Symbol.iterator))
console.log(T(() => { const [a] = (o); })); // expect: object is not iterable (cannot read property Symbol(Symbol.iterator))
// A wrapped string spreads its characters into an object.
var s = new String("ab");
s.x = 1;
console.log({ ...s }); // expect: { '0': 'a', '1': 'b', x: 1 }
