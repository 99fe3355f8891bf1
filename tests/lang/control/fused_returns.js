// The interpreter's copy of the code runs `Mov; Return` as one
// instruction (`MovReturn`) and a jump to a return as the return itself
// (`bytecode/fused.rs`). Returns from every shape of branch, through a
// chain of jumps, from inside try/finally and in a loop, with a throw
// beside them that must still name its line.
function node(l, r) {
  return { left: l, right: r };
}
function pick(c, a, b) {
  return c ? a : b;
}
function ends(c) {
  let s = 0;
  if (c > 1) {
    s = 1;
  } else if (c > 0) {
    s = 2;
  } else {
    s = 3;
  }
}
function lastIf(o, c) {
  if (c) {
    o.n = 1;
  } else {
    o.n = 2;
  }
}
function nested(x) {
  if (x > 0) {
    if (x > 10) {
      return 100;
    } else {
      x = x * 2;
    }
  } else {
    x = -x;
  }
  return x;
}
function loopReturn(n) {
  let i = 0;
  while (true) {
    if (i === n) return i * 10;
    i++;
  }
}
let finals = 0;
function guarded(c) {
  try {
    if (c) {
      finals++;
    } else {
      return "early";
    }
  } finally {
    finals += 10;
  }
  return "late";
}
function thrower(c) {
  if (c) {
    return { ok: true };
  } else {
    null.x;
  }
}
const t = node(node(null, null), null);
console.log(t.left.right, t.right, pick(1, "a", "b"), pick(0, "a", "b"));
console.log(ends(2), ends(1), ends(0));
const o = {};
console.log(lastIf(o, true), o.n, lastIf(o, false), o.n);
console.log(nested(20), nested(3), nested(-4));
console.log(loopReturn(0), loopReturn(5));
console.log(guarded(true), guarded(false), finals);
let sum = 0;
for (let i = 0; i < 3000; i++) sum += pick(i % 3, i, 1) + nested(i % 15);
console.log(sum);
console.log(thrower(true).ok);
try {
  thrower(false);
} catch (e) {
  console.log(e instanceof TypeError);
}
thrower(false);
// expect: null null a b
// expect: undefined undefined undefined
// expect: undefined 1 undefined 2
// expect: 100 6 4
// expect: 0 50
// expect: late early 21
// expect: 3103000
// expect: true
// expect: true
// expect error: TypeError: Cannot read properties of null (reading 'x')
