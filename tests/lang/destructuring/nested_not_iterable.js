let [[b]] = [5];
// expect error: TypeError: number 5 is not iterable (cannot read property Symbol(Symbol.iterator))
