// `.length` sites: arrays answer from their length field inline; every
// other receiver (strings, functions, objects with a length property)
// goes through the property helper, at the same site.
function len(x) { return x.length; }

function total(items, n) {
  let s = 0;
  for (let i = 0; i < n; i++) { s = s + len(items[i % items.length]); }
  return s;
}

const a = [1, 2, 3];
console.log(total([a], 1500)); // expect: 4500
a[9] = 0;
console.log(len(a)); // expect: 10
a.length = 2;
console.log(len(a), a[1], a[2]); // expect: 2 2 undefined
const holey = [];
holey[100] = 1;
console.log(len(holey)); // expect: 101
function three(p, q, r) {}
console.log(total([a, "four", three, { length: 7 }, []], 1500)); // expect: 4800
console.log(len({ length: "x" }), len("")); // expect: x 0
const big = [];
big.length = 3000000000;
let bigs = 0;
for (let i = 0; i < 1500; i++) { bigs = len(big); }
console.log(bigs, len(big) + 1); // expect: 3000000000 3000000001
