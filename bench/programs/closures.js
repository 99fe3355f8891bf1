// closures: a functional pipeline whose every stage is a closure -- map,
// filter, forEach and reduce written as functions taking callbacks, and
// callbacks that capture and update state (a counter object of closures,
// an adder, a composition, a running maximum). Fresh closures every round:
// the call sites inside map/filter/reduce see a new closure each time.
const N = 2000;
const ROUNDS = 5000;

function map(a, f) {
  const out = [];
  for (let i = 0; i < a.length; i++) out.push(f(a[i], i));
  return out;
}

function filter(a, keep) {
  const out = [];
  for (let i = 0; i < a.length; i++) {
    if (keep(a[i])) out.push(a[i]);
  }
  return out;
}

function forEach(a, f) {
  for (let i = 0; i < a.length; i++) f(a[i]);
}

function reduce(a, f, acc) {
  for (let i = 0; i < a.length; i++) acc = f(acc, a[i]);
  return acc;
}

function makeCounter() {
  let n = 0;
  return { inc: () => { n = n + 1; return n; }, get: () => n };
}

function adder(k) {
  return (x) => (x + k) % 1000003;
}

function compose(f, g) {
  return (x) => f(g(x));
}

const data = [];
for (let i = 0; i < N; i++) data.push((i * 7919) % 10007);

let checksum = 0;
for (let r = 0; r < ROUNDS; r++) {
  const counter = makeCounter();
  const shift = adder(r);
  const scale = (x) => (x * 3 + r) % 10007;
  const f = compose(shift, scale);
  const mapped = map(data, (x, i) => f(x) + (i % 8));
  const kept = filter(mapped, (x) => { counter.inc(); return x % 4 !== 0; });
  let maxSeen = 0;
  forEach(kept, (x) => { if (x > maxSeen) maxSeen = x; });
  const total = reduce(kept, (acc, x) => (acc + x * 31) % 1000003, 0);
  checksum = (checksum + total + maxSeen + counter.get() + kept.length) % 1000003;
}
console.log(checksum);
