// Array.from(null): null is not iterable (nor array-like).
Array.from(null);
// expect error: TypeError: object null is not iterable (cannot read property Symbol(Symbol.iterator))
