function h([a]) {
  return a;
}
h(5);
// expect error: TypeError: number 5 is not iterable (cannot read property Symbol(Symbol.iterator))
