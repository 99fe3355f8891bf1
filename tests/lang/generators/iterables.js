// Generators make things iterable: for...of, spread, destructuring, Array.from, the collection constructors.
class Range {
  constructor(lo, hi) { this.lo = lo; this.hi = hi; }
  *[Symbol.iterator]() {
    for (let i = this.lo; i < this.hi; i++) yield i;
  }
  static *of(...xs) { yield* xs; }
}
const r = new Range(1, 4);
for (const x of r) console.log(x);
console.log([...r], Array.from(r, (x) => x * 2), Math.max(...r));
const [first, , third = "none", ...rest] = new Range(10, 15);
console.log(first, third, rest);
console.log(new Set(Range.of(1, 1, 2)), new Map(Range.of(["a", 1], ["b", 2])));
const obj = {
  items: ["x", "y"],
  *[Symbol.iterator]() { yield* this.items; },
  *entries() { let i = 0; for (const it of this.items) yield [i++, it]; },
};
console.log([...obj], [...obj.entries()]);
for (const [i, v] of obj.entries()) console.log(i, v);
const { 0: a, length } = [...obj];
console.log(a, length);
console.log(Object.fromEntries(obj.entries()));
// expect: 1
// expect: 2
// expect: 3
// expect: [ 1, 2, 3 ] [ 2, 4, 6 ] 3
// expect: 10 12 [ 13, 14 ]
// expect: Set(2) { 1, 2 } Map(2) { 'a' => 1, 'b' => 2 }
// expect: [ 'x', 'y' ] [ [ 0, 'x' ], [ 1, 'y' ] ]
// expect: 0 x
// expect: 1 y
// expect: x 2
// expect: { '0': 'x', '1': 'y' }
