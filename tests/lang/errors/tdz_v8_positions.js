// Where a dead-zone read is reported when V8 gives the read no position
// of its own or compiles around it: a compound assignment's or update's
// read is reported at the last position recorded before it (the
// statement's, a property read's); a comma's later operands get a
// statement position; a commutative operator with a Smi literal on the
// left (`0 ^ x`, `3 * 4 * x` once folded) reads the other side first;
// a literal condition or logical operand (`1 ? x : 0`, `0 || x`) is
// compiled away.
function where(f) {
  try {
    f();
  } catch (e) {
    const l = e.stack.split("\n")[1];
    const m = l.slice(l.lastIndexOf(".js:") + 4).split(":");
    console.log(m[0] + ":" + parseInt(m[1]));
  }
}
var v, o = { a: 1 };
where(function () {
  if ((0 ^ (x /= 0))) {}
  let x = 1;
});
where(function () {
  v = 0 ^ x;
  let x = 1;
});
where(function () {
  v = 2 * -x;
  let x = 1;
});
where(function () {
  v = 3 * 4 * x;
  let x = 1;
});
where(function () {
  v = 0x10 & x;
  let x = 1;
});
where(function () {
  v = 2.5 ^ x;
  let x = 1;
});
where(function () {
  v = 0 + x;
  let x = 1;
});
where(function () {
  v = 1 ? x : 0;
  let x = 1;
});
where(function () {
  v = "" ? 0 : x;
  let x = 1;
});
where(function () {
  v = 0 || x;
  let x = 1;
});
where(function () {
  v = 1 && (0 || x);
  let x = 1;
});
where(function () {
  v = null ?? x;
  let x = 1;
});
where(function () {
  v = o.a + (x /= 0);
  let x = 1;
});
where(function () {
  v = o.a + x++;
  let x = 1;
});
where(function () {
  v = o[1] + (x += 1);
  let x = 1;
});
where(function () {
  v = (x -= 1);
  let x = 1;
});
where(function () {
  v = o.a, x += 1;
  let x = 1;
});
where(function () {
  v = o.a, x++;
  let x = 1;
});
where(function () {
  v = o.a, ++x;
  let x = 1;
});
where(function () {
  v = o.a, x.p = 1;
  let x = 1;
});
where(function () {
  v = (o.a, x -= 1);
  let x = 1;
});
where(function () {
  while (x--) {}
  let x = 1;
});
// Top level (the script's own bindings) and captured bindings too.
try {
  v = o.a + (g /= 0);
} catch (e) {
  const l = e.stack.split("\n")[1];
  console.log(l.slice(l.lastIndexOf(".js:") + 4));
}
function outer() {
  where(function () {
    v = o.a, y += 1;
  });
  where(function () {
    v = 1 + (y *= 2);
  });
  let y = 1;
}
outer();
let g = 1;
// expect: 20:3
// expect: 24:3
// expect: 28:3
// expect: 32:3
// expect: 36:3
// expect: 40:13
// expect: 44:11
// expect: 48:3
// expect: 52:3
// expect: 56:3
// expect: 60:3
// expect: 64:3
// expect: 68:9
// expect: 72:9
// expect: 76:8
// expect: 80:3
// expect: 84:14
// expect: 88:13
// expect: 92:14
// expect: 96:16
// expect: 100:15
// expect: 104:11
// expect: 109:9)
// expect: 116:16
// expect: 119:5
