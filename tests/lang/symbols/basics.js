// Symbols: creation, description, identity, typeof, printing.
const a = Symbol("tag"), b = Symbol("tag"), c = Symbol();
console.log(typeof a, a === b, a === a, a.description, c.description, a.toString(), String(c));
console.log(a, c, [a, Symbol("x y")], { s: a }, Symbol(""), Symbol(42).description);
console.log(Symbol.iterator, typeof Symbol.iterator, Symbol.iterator.description);
console.log(Symbol.for("app") === Symbol.for("app"), Symbol.keyFor(Symbol.for("app")), Symbol.keyFor(a));
console.log(Object(a) instanceof Symbol, a.constructor === Symbol, !!a, a == a, a == "tag");
const set = new Set([a, b, a]);
console.log(set.size, new Map([[a, 1]]).get(a));
// expect: symbol false true tag undefined Symbol(tag) Symbol()
// expect: Symbol(tag) Symbol() [ Symbol(tag), Symbol(x y) ] { s: Symbol(tag) } Symbol() 42
// expect: Symbol(Symbol.iterator) symbol Symbol.iterator
// expect: true app undefined
// expect: true true true true false
// expect: 2 1
