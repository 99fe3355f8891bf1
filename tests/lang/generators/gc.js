// Suspended generators keep their frames alive across collections (run with --gc-stress too).
function* holder(i) {
  const obj = { i, list: [i, i + 1], s: "s" + i };
  const got = yield obj.s;
  yield obj.list.concat([got.tag]);
  return obj;
}
const gens = [];
for (let i = 0; i < 200; i++) {
  const g = holder(i);
  g.next();
  gens.push(g);
}
let garbage = [];
for (let i = 0; i < 2000; i++) garbage.push({ n: i, t: "x" + i });
garbage = null;
let sum = 0;
for (const g of gens) {
  const r = g.next({ tag: "t" });
  sum += r.value[0] + r.value[1] + r.value[2].length;
}
console.log(sum, gens[7].next().value, gens[199].next());
// expect: 40200 { i: 7, list: [ 7, 8 ], s: 's7' } { value: { i: 199, list: [ 199, 200 ], s: 's199' }, done: true }
