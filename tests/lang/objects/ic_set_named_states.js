// A property write site through stub -> mono -> poly -> mega, and a store
// that must not be served by a patched slot: one that adds the property.
function setX(o, v) { o.x = v; }

function fill(objs, n) {
  for (let i = 0; i < n; i++) { setX(objs[i % objs.length], i); }
  let s = 0;
  for (let j = 0; j < objs.length; j++) { s = s + objs[j].x; }
  return s;
}

const a = { x: 0 };
const b = { y: 0, x: 0 };
const c = { z: 0, x: 0 };
const d = { w: 0, x: 0 };
const e = { v: 0, u: 0, x: 0 };
const f = { t: 0, x: 0 };

console.log(fill([a], 1500)); // expect: 1499
console.log(fill([a, b], 1500)); // expect: 2997
console.log(fill([a, b, c, d], 1500)); // expect: 5990
console.log(fill([a, b, c, d, e, f], 1500)); // expect: 8979
// Adding a property goes through the helper (a new shape).
const g = { y: 1 };
setX(g, 7);
console.log(g.x, g.y); // expect: 7 1
// Arrays and functions are objects too.
const arr = [1];
setX(arr, 8);
function fn() {}
setX(fn, 9);
console.log(arr.x, fn.x, arr.length); // expect: 8 9 1
