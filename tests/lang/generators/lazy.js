// Lazy sequences: infinite generators composed with take/map/filter.
function* naturals() { let n = 0; while (true) yield n++; }
function* map(it, f) { for (const x of it) yield f(x); }
function* filter(it, p) { for (const x of it) if (p(x)) yield x; }
function* take(it, n) {
  if (n <= 0) return;
  for (const x of it) {
    yield x;
    if (--n <= 0) return;
  }
}
console.log([...take(map(filter(naturals(), (x) => x % 3 === 0), (x) => x * x), 5)]);
function* fib() {
  let [a, b] = [0, 1];
  for (;;) {
    yield a;
    [a, b] = [b, a + b];
  }
}
console.log([...take(fib(), 12)]);
function* primes() {
  const found = [];
  for (const n of naturals()) {
    if (n < 2) continue;
    if (found.every((p) => n % p !== 0)) {
      found.push(n);
      yield n;
    }
  }
}
console.log([...take(primes(), 10)].join(" "));
// zip stops at the shorter input and closes the other.
function* zip(a, b) {
  const ia = a[Symbol.iterator](), ib = b[Symbol.iterator]();
  try {
    while (true) {
      const x = ia.next(), y = ib.next();
      if (x.done || y.done) return;
      yield [x.value, y.value];
    }
  } finally {
    ia.return?.();
    ib.return?.();
  }
}
console.log([...zip(naturals(), "abc")]);
// expect: [ 0, 9, 36, 81, 144 ]
// expect: [
// expect:    0,  1,  1,  2,  3,
// expect:    5,  8, 13, 21, 34,
// expect:   55, 89
// expect: ]
// expect: 2 3 5 7 11 13 17 19 23 29
// expect: [ [ 0, 'a' ], [ 1, 'b' ], [ 2, 'c' ] ]
