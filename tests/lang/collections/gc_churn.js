// Large maps and sets churned: the collector must trace keys and values.
const m = new Map();
const s = new Set();
for (let i = 0; i < 3000; i++) {
  m.set("k" + i, { v: i, arr: [i, i + 1] });
  s.add({ i });
  if (i % 3 === 0) m.delete("k" + (i - 1));
  if (i % 500 === 0) s.clear();
}
let sum = 0;
for (const [k, v] of m) sum += v.arr[1] - v.v;
console.log(m.size, sum, s.size, m.get("k2999").arr);
const objs = new Map();
for (let r = 0; r < 5; r++) {
  for (let i = 0; i < 400; i++) objs.set({ i }, [r, i]);
  let n = 0;
  for (const k of objs.keys()) { if (k.i % 2) objs.delete(k); n++; }
  console.log(objs.size, n);
}
// expect: 2001 2001 499 [ 2999, 3000 ]
// expect: 200 400
// expect: 400 600
// expect: 600 800
// expect: 800 1000
// expect: 1000 1200
