// Closures as callbacks capture and update state.
const items = [5, 3, 8, 1];
let total = 0;
items.forEach((x) => { total += x; });
console.log(total);
let seen = 0;
const big = items.filter((x) => { seen++; return x > 2; });
console.log(big, seen);
const scale = 3;
console.log(items.map((x) => x * scale));
function compose(f, g) { return (x) => f(g(x)); }
const inc = (x) => x + 1;
const dbl = (x) => x * 2;
console.log(compose(inc, dbl)(5), compose(dbl, inc)(5));
function memo(f) {
  const cache = {};
  return (n) => (n in cache ? cache[n] : (cache[n] = f(n)));
}
let work = 0;
const slow = memo((n) => { work++; return n * n; });
console.log(slow(4), slow(4), slow(5), work);
// expect: 17
// expect: [ 5, 3, 8 ] 4
// expect: [ 15, 9, 24, 3 ]
// expect: 11 12
// expect: 16 16 25 2
