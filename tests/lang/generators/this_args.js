// A generator's this, arguments, parameters and closures survive every suspension.
const counter = {
  step: 10,
  *up(n) {
    for (let i = 0; i < n; i++) yield this.step * i;
  },
};
console.log([...counter.up(3)]);
function* args() { yield arguments.length; yield [...arguments]; }
console.log([...args(1, "two", 3)]);
// Parameter defaults are evaluated at the call, before the first next().
let calls = 0;
function* withDefault(x = ++calls) { yield x; }
const w = withDefault();
console.log(calls);
console.log(w.next().value, calls);
// Closures made inside a generator see its variables as they change.
function* closures() {
  let v = 1;
  const get = () => v;
  yield get;
  v = 2;
  yield get;
  for (let i = 0; i < 2; i++) yield () => i;
}
const fs = [...closures()];
console.log(fs.map((f) => f()));
// Each call is its own generator with its own state.
function* id() { let n = 0; while (true) yield n++; }
const a = id(), b = id();
a.next(); a.next();
console.log(a.next().value, b.next().value);
class Tree {
  constructor(v, kids = []) { this.v = v; this.kids = kids; }
  *[Symbol.iterator]() {
    yield this.v;
    for (const k of this.kids) yield* k;
  }
}
console.log([...new Tree(1, [new Tree(2, [new Tree(3)]), new Tree(4)])]);
// expect: [ 0, 10, 20 ]
// expect: [ 3, [ 1, 'two', 3 ] ]
// expect: 1
// expect: 1 1
// expect: [ 2, 2, 0, 1 ]
// expect: 2 0
// expect: [ 1, 2, 3, 4 ]
