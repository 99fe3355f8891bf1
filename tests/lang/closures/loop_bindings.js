// `let` in a for head: a fresh binding per iteration; `var`: one per function.
const lets = [];
for (let i = 0; i < 3; i++) lets.push(() => i);
console.log(lets.map((f) => f()));
const vars = [];
for (var j = 0; j < 3; j++) vars.push(() => j);
console.log(vars.map((f) => f()));
// The update runs on the new iteration's copy.
const fs = [];
for (let k = 0; k < 3; k++) {
  fs.push(() => k);
  k++;
}
console.log(fs.map((f) => f()));
// for...of and for...in bindings, and block-scoped lets in a loop body.
const of = [];
for (const v of ["x", "y"]) of.push(() => v);
const keys = [];
for (let key in { p: 1, q: 2 }) keys.push(() => key);
const blocks = [];
let w = 0;
while (w < 3) {
  const sq = w * w;
  blocks.push(() => sq);
  w++;
}
console.log(of.map((f) => f()), keys.map((f) => f()), blocks.map((f) => f()));
// continue still moves to a fresh copy.
const cs = [];
for (let m = 0; m < 4; m++) {
  if (m % 2) continue;
  cs.push(() => m);
}
console.log(cs.map((f) => f()));
// expect: [ 0, 1, 2 ]
// expect: [ 3, 3, 3 ]
// expect: [ 1, 3 ]
// expect: [ 'x', 'y' ] [ 'p', 'q' ] [ 0, 1, 4 ]
// expect: [ 0, 2 ]
