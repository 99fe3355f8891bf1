// Destructuring parameters and heads, switch blocks and templates with closures (merge of the closures and syntax branches).
function f({a, b} = {a: 1, b: 2}, [c, d] = [3]) {
  const g = () => a + b + (c ?? 0) + (d ?? 10);
  return g();
}
console.log(f(), f({a: 5, b: 6}, [7, 8]));
function mk() {
  let [x, y] = [1, 2];
  const fs = [];
  for (const [k, v] of [[1, 2], [3, 4]]) fs.push(() => k * v + x);
  const swap = () => { [x, y] = [y, x]; };
  swap();
  return fs.map(h => h()).concat([x, y]);
}
console.log(mk());
const h = ({p, q: [r, s = r * 2]}, ...rest) => `${p}-${r}-${s}-${rest.length}`;
console.log(h({p: 1, q: [2]}, 9, 9));
let n = 0;
switch (n) { case 0: { let z = 3; var out = () => z; } }
console.log(out());
outer: for (let i = 0; i < 3; i++) { for (let j = 0; j < 3; j++) { if (j == 1) continue outer; if (i == 2) break outer; console.log(i, j, (() => i + j)()); } }
console.log(f.length, h.length);
var out2;
var out2;
switch (n) { case 0: let z2 = 4; out2 = () => z2 + n; }
console.log(out2());
const tag = (s, ...v) => s.raw.join("|") + v.join(",");
console.log(tag`a${1}b${2}c`, `x${(() => 3)()}y`);
const o = { m() { return this?.q ?? "none"; } };
console.log(o.m(), o?.m?.(), o.zz?.());
// expect: 16 26
// expect: [ 4, 14, 2, 1 ]
// expect: 1-2-4-2
// expect: 3
// expect: 0 0 0
// expect: 1 0 1
// expect: 0 1
// expect: 4
// expect: a|b|c1,2 x3y
// expect: none none undefined
