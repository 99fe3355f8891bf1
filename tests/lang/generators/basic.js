// A generator's results: each yield, then the return value with done: true, then done for ever.
function* count(n) {
  for (let i = 0; i < n; i++) yield i;
  return "end";
}
const it = count(2);
console.log(it.next(), it.next(), it.next(), it.next());
function* empty() {}
console.log(empty().next());
const g = function* () { yield; yield undefined; };
const e = g();
console.log(e.next(), e.next(), e.next());
// Nothing runs until the first next().
function* lazy() { console.log("body runs"); yield 1; }
const l = lazy();
console.log("made");
console.log(l.next().value);
console.log(it[Symbol.iterator]() === it, typeof it.next, Object.getPrototypeOf(it) === count.prototype);
// expect: { value: 0, done: false } { value: 1, done: false } { value: 'end', done: true } { value: undefined, done: true }
// expect: { value: undefined, done: true }
// expect: { value: undefined, done: false } { value: undefined, done: false } { value: undefined, done: true }
// expect: made
// expect: body runs
// expect: 1
// expect: true function true
