// Reading the iterator method of null or undefined is worded as an
// iteration error, with V8's `object null` for null.
try {
  null[Symbol.iterator];
} catch (e) {
  console.log(e.message);
}
// expect: object null is not iterable (cannot read property Symbol(Symbol.iterator))
try {
  undefined[Symbol.iterator];
} catch (e) {
  console.log(e.message);
}
// expect: undefined is not iterable (cannot read property Symbol(Symbol.iterator))
