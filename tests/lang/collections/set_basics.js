// Set: add/has/delete/size, uniqueness by SameValueZero, iteration order.
const s = new Set([3, 1, 3, 2, 1]);
console.log(s, s.size, s.has(3), s.has("3"));
console.log(s.add(4) === s, s.add(NaN).add(NaN).size, s.has(NaN));
s.add(-0);
console.log(s.has(0), [...s]);
console.log(s.delete(1), s.delete(1), [...s.values()].join());
console.log([...s.entries()].slice(0, 2), Set.prototype.keys === Set.prototype.values);
const seen = [];
s.forEach((v, k, set) => seen.push(v === k && set === s));
console.log(seen.every((x) => x), new Set("hello"), new Set());
const unique = [...new Set([1, 2, 2, 3, 3, 3])];
console.log(unique, Array.from(new Set(["a", "b"])));
for (const x of s) { if (x === 3) s.add(100); console.log(x); }
console.log(new Set([[1, 2], { a: new Set([1]) }]));
// expect: Set(3) { 3, 1, 2 } 3 true false
// expect: true 5 true
// expect: true [ 3, 1, 2, 4, NaN, 0 ]
// expect: true false 3,2,4,NaN,0
// expect: [ [ 3, 3 ], [ 2, 2 ] ] true
// expect: false Set(4) { 'h', 'e', 'l', 'o' } Set(0) {}
// expect: [ 1, 2, 3 ] [ 'a', 'b' ]
// expect: 3
// expect: 2
// expect: 4
// expect: NaN
// expect: 0
// expect: 100
// expect: Set(2) { [ 1, 2 ], { a: Set(1) { 1 } } }
