// Labelled break and continue across nested loops, and labelled blocks.
function grid(n) {
  let s = 0;
  outer: for (let i = 0; i < n; i++) {
    inner: for (let j = 0; j < n; j++) {
      if (j > i) continue outer;
      if (i * j > 50) break outer;
      if (j % 3 == 2) continue inner;
      s += i * j;
    }
  }
  return s;
}
console.log(grid(20), grid(1000));
let found = -1;
search: {
  for (let i = 0; i < 10; i++) {
    if (i * i > 30) {
      found = i;
      break search;
    }
  }
  found = 100;
}
console.log(found);
a: b: for (let i = 0; i < 3; i++) {
  for (;;) {
    console.log("i", i);
    continue a;
  }
}
let w = 0;
lw: while (w < 10) {
  w++;
  do {
    if (w % 2) continue lw;
    break lw;
  } while (true);
}
console.log(w);
lbl: if (w) { console.log("in if"); break lbl; }
x: for (const k in { p: 1, q: 2 }) { for (const v of [1, 2]) { console.log(k, v); continue x; } }
// expect: 430 430
// expect: 6
// expect: i 0
// expect: i 1
// expect: i 2
// expect: 2
// expect: in if
// expect: p 1
// expect: q 1
