// ?. on members, indexes and calls; short-circuit of the whole chain; this.
const o = { a: { b: null, c: [1, 2] }, n: 0, s: "", m() { return this.n; } };
let u;
console.log(o?.a?.b, o.a.b?.c.d.e, o.x?.y.z, u?.[0], u?.(), u?.a.b.c());
console.log(o?.a.c[1], o.a?.["c"]?.[0], o.m?.(), o?.m(), o["m"]?.());
console.log(o.n?.toFixed(1), o.s?.length, null?.x, (o?.a).b);
let calls = 0;
function side() { calls++; return "k"; }
u?.[side()];
u?.x(side());
o?.[side()];
console.log(calls);
console.log(delete u?.a, delete o?.n, o.n, delete o.zzz?.q);
function hot(list) {
  let hits = 0;
  for (let i = 0; i < list.length; i++) {
    if (list[i]?.v?.w === 1) hits++;
    hits += list[i]?.len ?? 0;
  }
  return hits;
}
let list = [];
for (let i = 0; i < 1500; i++) list.push(i % 3 == 0 ? null : i % 3 == 1 ? { v: { w: 1 } } : { len: 2 });
console.log(hot(list));
console.log(o.missing?.());
// expect: null undefined undefined undefined undefined undefined
// expect: 2 1 0 0 0
// expect: 0.0 0 undefined null
// expect: 1
// expect: true true undefined true
// expect: 1500
// expect: undefined
