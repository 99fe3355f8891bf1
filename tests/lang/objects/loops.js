// for...in visits enumerable keys (own, then inherited); for...of visits
// array elements and string code points.
let o = { b: 1, a: 2, 0: "z" };
for (let k in o) console.log(k, o[k]);
// expect: 0 z
// expect: b 1
// expect: a 2
for (const ch of "a😀b") console.log(ch);
// expect: a
// expect: 😀
// expect: b
let sum = 0;
for (const x of [1, 2, 3]) sum += x;
console.log(sum); // expect: 6
var last;
for (last of [4, 5]) {}
console.log(last); // expect: 5
let arr = [];
for (let i in [7, 8, 9]) arr.push(i);
console.log(arr); // expect: [ '0', '1', '2' ]
let t = { p: 0 };
for (t.p of [1, 2]) {}
console.log(t.p); // expect: 2
for (const k in { x: 1, y: 2 }) {
  if (k === "y") break;
  console.log(k); // expect: x
}
