// User iterables: classes and object literals with [Symbol.iterator].
class Range {
  constructor(from, to) { this.from = from; this.to = to; }
  [Symbol.iterator]() {
    let cur = this.from;
    const to = this.to;
    return { next() { return cur <= to ? { value: cur++, done: false } : { value: undefined, done: true }; } };
  }
}
const r = new Range(1, 4);
for (const x of r) console.log(x);
console.log([...r], Math.max(...r), Array.from(r, (x) => x * 10));
const [first, , third, ...rest] = new Range(1, 6);
console.log(first, third, rest);
const obj = {
  data: ["a", "b"],
  [Symbol.iterator]() {
    let i = 0;
    return { next: () => ({ value: this.data[i], done: i++ >= this.data.length }) };
  },
};
console.log([...obj], new Set(obj), new Map([...obj].map((v, i) => [v, i])));
function f(a, b, c) { return a + b + c; }
console.log(f(...new Range(1, 3)), [0, ...new Range(1, 2), 9]);
// expect: 1
// expect: 2
// expect: 3
// expect: 4
// expect: [ 1, 2, 3, 4 ] 4 [ 10, 20, 30, 40 ]
// expect: 1 3 [ 4, 5, 6 ]
// expect: [ 'a', 'b' ] Set(2) { 'a', 'b' } Map(2) { 'a' => 0, 'b' => 1 }
// expect: 6 [ 0, 1, 2, 9 ]
