// join and the default sort convert with ToString, which refuses a symbol;
// a lone element is never compared, so sort leaves it alone.
console.log([Symbol("a")].sort(), [Symbol("b"), undefined].sort()); // expect: [ Symbol(a) ] [ Symbol(b), undefined ]
try {
  [1, Symbol("b")].sort();
} catch (e) {
  console.log(e.name, e.message); // expect: TypeError Cannot convert a Symbol value to a string
}
try {
  [1, 2].join(Symbol("sep"));
} catch (e) {
  console.log(e.name, e.message); // expect: TypeError Cannot convert a Symbol value to a string
}
console.log([null, undefined].join(Symbol.iterator.description)); // expect: Symbol.iterator
[Symbol("x")].join();
// expect error: TypeError: Cannot convert a Symbol value to a string
