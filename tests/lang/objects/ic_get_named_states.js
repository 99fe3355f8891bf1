// A property read site that goes stub -> monomorphic -> polymorphic ->
// megamorphic, in whichever tier runs it (compiled code patches the site
// to the first shape, then leaves it to the helper's caches).
function getX(o) { return o.x; }

function sum(objs, n) {
  let s = 0;
  for (let i = 0; i < n; i++) { s = s + getX(objs[i % objs.length]); }
  return s;
}

const a = { x: 1 };
const b = { y: 0, x: 2 };
const c = { z: 0, x: 3 };
const d = { w: 0, x: 4 };
const e = { v: 0, u: 0, x: 5 };
const f = { t: 0, x: 6 };

console.log(sum([a], 1500)); // expect: 1500
console.log(sum([a, b], 1500)); // expect: 2250
console.log(sum([a, b, c, d], 1500)); // expect: 3750
console.log(sum([a, b, c, d, e, f], 1500)); // expect: 5250
// Back to the first shape: still right after the site went generic.
console.log(sum([a], 10)); // expect: 10
// A shape whose x is missing reads undefined, and a primitive's property.
console.log(getX({ y: 1 })); // expect: undefined
console.log(getX("str")); // expect: undefined
console.log(getX([1, 2])); // expect: undefined
// The same shape, another value in the slot.
a.x = 40;
console.log(getX(a)); // expect: 40
