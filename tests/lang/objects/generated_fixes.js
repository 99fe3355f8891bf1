// Bugs the program generator found (tests/gen): typeof of objects, string
// keys that are indices, for-in keys under GC, a property added after the
// last one of a big object was deleted.
console.log(typeof {}, typeof [], typeof null); // expect: object object object
const o = { m: 1, x: -7, "0": 1 };
o[0] = 2;
console.log(o); // expect: { '0': 2, m: 1, x: -7 }
const k = [];
for (const key in { 0.1: 0, [0]: 0, b: 1 }) k.push(key);
console.log(k); // expect: [ '0', '0.1', 'b' ]
let big = { z: 0, b: 0, m: 0, c: 0, a: 0 };
delete big.a;
++big.y;
console.log(big); // expect: { z: 0, b: 0, m: 0, c: 0, y: NaN }
delete big.y;
delete big.c;
big.q = 1;
big.r = 2;
console.log(big.q, big.r, big); // expect: 1 2 { z: 0, b: 0, m: 0, q: 1, r: 2 }
// The object and key of an assignment are read before its value, also
// when the value reassigns the local they are in.
function keyFirst(k, o) {
  o[k] = (k = "b");
  return o;
}
console.log(keyFirst("a", {})); // expect: { a: 'b' }
function objectFirst(o) {
  o.x = (o = {});
  return o;
}
const first = {};
objectFirst(first);
console.log(first); // expect: { x: {} }
function compoundKeyFirst(o, k) {
  o[k] += (k = "z");
  return o;
}
console.log(compoundKeyFirst({ a: 1 }, "a")); // expect: { a: '1z' }
