// Destructuring assignment: swaps, properties as targets, the value as result.
let a = 1, b = 2, c;
[a, b] = [b, a];
console.log(a, b);
({ a, b: c = 5 } = { a: 10 });
console.log(a, c);
const o = { arr: [] };
[o.x, o.arr[0], ...o.rest] = [1, 2, 3, 4];
console.log(o);
const result = ([a, b] = [7, 8, 9]);
console.log(result, a, b);
let x, y;
for ([x, y] of [[1, 2], [3, 4]]) console.log(x + y);
for ({ x, y = "d" } of [{ x: 1 }, { x: 2, y: 3 }]) console.log(x, y);
[a = "default", [b] = ["nested"]] = [];
console.log(a, b);
({ x = 1, y = 2 } = { y: undefined });
console.log(x, y);
let k = "key";
({ [k]: x } = { key: "computed" });
console.log(x);
// expect: 2 1
// expect: 10 5
// expect: { arr: [ 2 ], x: 1, rest: [ 3, 4 ] }
// expect: [ 7, 8, 9 ] 7 8
// expect: 3
// expect: 7
// expect: 1 d
// expect: 2 3
// expect: default nested
// expect: 1 2
// expect: computed
