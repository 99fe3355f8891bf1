// Object.fromEntries needs an iterable of entries.
console.log(JSON.stringify(Object.fromEntries(""))); // expect: {}
Object.fromEntries(5);
// expect error: TypeError: number 5 is not iterable (cannot read property Symbol(Symbol.iterator))
