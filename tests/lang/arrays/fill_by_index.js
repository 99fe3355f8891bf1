// Arrays filled by index: `new Array(n)` beyond what is preallocated, an
// array whose length was set, holes filled in compiled code, and objects
// whose holes must not be filled (sealed, frozen, non-extensible).
function fill(n, v) {
  const a = new Array(n);
  for (let i = 0; i < n; i++) a[i] = v;
  return a;
}
const big = fill(70000, false);
console.log(big.length, big[0], big[69999], big.indexOf(true)); // expect: 70000 false false -1
let t = 0;
for (let i = 0; i < big.length; i++) if (!big[i]) t++;
console.log(t); // expect: 70000
// Filled only in part: the rest stays holes (absent, not undefined).
const part = new Array(140000);
for (let i = 0; i < 50; i++) part[i] = i;
console.log(part.length, 49 in part, 50 in part, 169999 in part, Object.keys(part).length); // expect: 140000 true false false 50
console.log(part[50], part.indexOf(undefined), part.includes(undefined)); // expect: undefined -1 true
// Backwards and with a stride.
const back = new Array(70000);
for (let i = back.length - 1; i >= 0; i -= 7) back[i] = 1;
let ones = 0;
back.forEach(function () { ones++; });
console.log(ones); // expect: 10000
// length set, then filled.
const set = [];
set.length = 100;
for (let i = 0; i < 100; i++) set[i] = i * 2;
console.log(set.length, set[99], set.join("").length); // expect: 100 198 245
// Holes of a sealed or non-extensible array stay holes; frozen ones too.
function fillHoles(a) {
  for (let i = 0; i < a.length; i++) a[i] = 9;
  return a;
}
for (let r = 0; r < 100; r++) fillHoles([1, , 3]);
console.log(fillHoles(Object.seal([1, , 3])), fillHoles(Object.preventExtensions([, 2])), fillHoles(Object.freeze([1, , 3]))); // expect: [ 9, <1 empty item>, 9 ] [ <1 empty item>, 9 ] [ 1, <1 empty item>, 3 ]
// Storing a double, a string and an object into holes (of an array
// whose length was set).
const mixed = [];
mixed.length = 300;
for (let i = 0; i < 300; i++) mixed[i] = i % 3 === 0 ? i / 2 : i % 3 === 1 ? "s" : { i: i };
console.log(mixed[3], mixed[4], mixed[5].i, mixed[299]); // expect: 1.5 s 5 { i: 299 }
