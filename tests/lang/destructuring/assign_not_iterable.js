var a, x;
[a] = x;
// expect error: TypeError: undefined is not iterable (cannot read property Symbol(Symbol.iterator))
