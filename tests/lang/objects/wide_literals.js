// Object literals with more than four named properties get a wider cell
// (eight in-object slots) and a shape tree of their own: every property
// reads, writes, adds, deletes and prints as for any object, in every tier.
function node(t, n) {
  return { type: t, num: n, str: null, items: null, keys: null };
}
let sum = 0;
for (let i = 0; i < 3000; i++) {
  const o = node(i % 7, i);
  o.str = "s" + (i % 10);
  sum += o.type + o.num + o.str.length;
}
console.log(sum); // expect: 4513494
console.log(node(1, 2)); // expect: { type: 1, num: 2, str: null, items: null, keys: null }

// Adds past the literal's properties: into the cell up to eight, then out.
function grow(o, n) {
  for (let i = 0; i < n; i++) o["p" + i] = i;
  return o;
}
const g = grow({ a: 1, b: 2, c: 3, d: 4, e: 5 }, 6);
console.log(Object.keys(g).join()); // expect: a,b,c,d,e,p0,p1,p2,p3,p4,p5
console.log(g.e + g.p2 + g.p5); // expect: 12

// A store site that adds the same property to literals of the wide tree
// and to objects of the usual one (the site sees two shapes).
function tag(o, v) {
  o.tagged = v;
  return o;
}
let t = 0;
for (let i = 0; i < 2000; i++) {
  const w = tag({ a: i, b: 1, c: 2, d: 3, e: 4 }, i);
  const s = tag({ a: i, b: 1, c: 2, d: 3 }, 1);
  const x = tag({ a: i, b: 1, c: 2, d: 3, e: 4, f: 5, g: 6, h: 7 }, 2);
  t += w.tagged + s.tagged + x.tagged + x.h + w.e;
}
console.log(t); // expect: 2027000

// More than the wide cell holds: the rest go to the overflow vector.
const big = { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10, k: 11 };
console.log(big.k + big.h + big.a, Object.keys(big).length); // expect: 20 11
delete big.k;
big.z = 26;
console.log(JSON.stringify(big)); // expect: {"a":1,"b":2,"c":3,"d":4,"e":5,"f":6,"g":7,"h":8,"i":9,"j":10,"z":26}
delete big.c;
console.log(big.c, big.d, Object.keys(big).length); // expect: undefined 4 10

// Accessors, computed and index keys, __proto__ and spread in a wide literal.
const proto = { hello() { return "hi " + this.a; } };
const p = { __proto__: proto, a: 1, b: 2, c: 3, d: 4, get e() { return this.a + 4; }, ["x" + 1]: 3, 7: "seven", ...{ s: 1 } };
console.log(p.hello(), p.e, p.x1, p[7], p.s); // expect: hi 1 5 3 seven 1
console.log(Object.keys(p).join()); // expect: 7,a,b,c,d,e,x1,s
Object.setPrototypeOf(p, null);
p.q = 9;
console.log(Object.keys(p).length, p.q, p.hello); // expect: 9 9 undefined

// Frozen, redefined and non-extensible wide objects.
const f = Object.freeze({ a: 1, b: 2, c: 3, d: 4, e: 5 });
f.e = 6;
f.z = 1;
console.log(f.e, f.z); // expect: 5 undefined
const r = { a: 1, b: 2, c: 3, d: 4, e: 5 };
Object.defineProperty(r, "c", { value: 30, enumerable: false });
console.log(r.c, Object.keys(r).join()); // expect: 30 a,b,d,e
const n = Object.preventExtensions({ a: 1, b: 2, c: 3, d: 4, e: 5 });
n.f = 1;
n.a = 10;
console.log(n.a, n.f); // expect: 10 undefined

// Wide objects survive collections with their properties (churn).
const keep = [];
for (let i = 0; i < 20000; i++) {
  const o = { i, a: [i], b: "b" + i, c: { i }, d: i * 2, e: null };
  if (i % 1000 === 0) keep.push(o);
}
let k = 0;
for (const o of keep) k += o.i + o.a[0] + o.b.length + o.c.i + o.d;
console.log(keep.length, k); // expect: 20 950107
