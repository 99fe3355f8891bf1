// Registers that only arithmetic and comparisons read own their heap
// doubles: compiled code overwrites the box in place (jit::owned). No
// value that escapes -- returned, stored, pushed, passed, captured -- may
// change afterwards, and a stale box of an earlier frame in the same stack
// slots must not be taken for the register's own.
function mandel(w, h, maxIter) {
  let total = 0;
  for (let y = 0; y < h; y++) {
    let ci = y * 2.0 / h - 1.0;
    for (let x = 0; x < w; x++) {
      let cr = x * 3.0 / w - 2.0;
      let zr = 0.0, zi = 0.0, n = 0;
      while (n < maxIter) {
        let zr2 = zr * zr, zi2 = zi * zi;
        if (zr2 + zi2 > 4.0) break;
        zi = 2.0 * zr * zi + ci;
        zr = zr2 - zi2 + cr;
        n++;
      }
      total += n;
    }
  }
  return total;
}
console.log(mandel(40, 30, 50));
// expect: 20693

// `s` and `t` own their boxes; `u` is pushed, so it never does: every
// pushed value must keep its own number.
function keep(n) {
  const out = [];
  let s = 0.5;
  for (let i = 0; i < n; i++) {
    s = s * 1.5 + 0.25;
    let t = s / 3.5;
    let u = t - 0.125;
    out.push(u);
  }
  return out;
}
const kept = keep(6);
console.log(kept.map((x) => x.toFixed(4)).join(" "));
// expect: 0.1607 0.3750 0.6964 1.1786 1.9018 2.9866

// A double that becomes an int32 is a Smi again, and back.
function flip(n) {
  let x = 0.5;
  let seen = [];
  for (let i = 0; i < n; i++) {
    x = x * 2;
    seen.push(x);
    x = x / 4 + 0.25;
  }
  return seen;
}
console.log(flip(5));
// expect: [ 1, 1, 1, 1, 1 ]

// Calls in the loop: the callee's frame lies above the caller's call
// registers, and its own registers reuse slots earlier frames left boxes in.
function inner(a) {
  let p = a * 0.5;
  let q = p * p + 0.75;
  return q;
}
function outer(n) {
  let acc = 0.25;
  let results = [];
  for (let i = 0; i < n; i++) {
    let d = acc * 1.25;
    let e = inner(d) + d;
    acc = e / 7.5;
    results.push(inner(acc));
  }
  return [acc, results.length, results[0], results[n - 1]];
}
console.log(outer(2000));
// expect: [ 0.12091375856311622, 2000, 0.7552505874633789, 0.7536550342524649 ]

// A captured variable lives in a context, not in a register.
function captured(n) {
  let c = 0.5;
  const read = () => c;
  const snaps = [];
  for (let i = 0; i < n; i++) {
    c = c * 1.5;
    if (i % 3 === 0) snaps.push(read());
  }
  return snaps;
}
console.log(captured(7));
// expect: [ 0.75, 2.53125, 8.54296875 ]

// Strings and objects still take the generic path through the same stencil.
function mixed(v) {
  let r = v * 1.5;
  let s = r + 0.5;
  return s;
}
console.log(mixed(3.5), mixed("2.5"), mixed({ valueOf: () => 1.5 }), mixed(NaN), mixed(-0));
// expect: 5.75 4.25 2.75 NaN 0.5

// Top-level code: a loop entered by OSR with registers the interpreter set.
let g = 0.1;
let h = 0;
for (let i = 0; i < 3000; i++) {
  let k = g * 1.0001;
  g = k - 0.00001;
  h = h + k;
}
console.log(g.toFixed(6), h.toFixed(3));
// expect: 0.100000 300.030

// Stale slots: `stale` leaves its owned boxes in the stack slots `late`'s
// frame then covers; `late` enters compiled code by OSR and first writes
// `t` and `u` only after that, so their slots still hold `stale`'s boxes.
function stale(n) {
  let a = n * 0.37;
  let b = a * 1.1;
  let c = b + 0.3;
  return c > 1 ? 1 : 0;
}
function late(limit) {
  let x = 0.5;
  let acc = 0;
  for (let i = 0; i < limit; i++) {
    if (i > 2000) {
      let t = x * 1.5;
      let u = t + 0.25;
      acc = acc + u;
      x = x + 0.001;
    }
  }
  return acc;
}
let ones = 0;
for (let i = 0; i < 3000; i++) ones += stale(i);
console.log(ones, late(3000).toFixed(3), late(2500).toFixed(3));
// expect: 2998 1746.751 685.377
