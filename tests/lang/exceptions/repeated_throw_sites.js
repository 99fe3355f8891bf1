// The same places throw many times (compiled after the first thousand):
// each error's stack lists its own frames, whether the capture is new or
// shared with an earlier error from the same place (method frames keep
// their receiver's class, a callback its native frame); a throw inside a
// try in the same compiled frame, a rethrow from a finally and
// instanceof on what was caught.
function frame(line) {
  const t = line.trim();
  return t.slice(0, t.indexOf("(") + 1) + t.slice(t.lastIndexOf("/") + 1);
}
function frames(e, n) {
  const l = e.stack.split("\n");
  const out = [l[0]];
  for (let i = 1; i <= n; i++) out.push(frame(l[i]));
  return out.join(" | ");
}
class P {
  m(k) {
    if (k) throw new TypeError("in m " + k);
    return 0;
  }
}
class Q extends P {}
function a(o, k) {
  return o.m(k);
}
function b(o, k) {
  try {
    return a(o, k);
  } catch (e) {
    return frames(e, 4);
  }
}
const seen = [];
for (let i = 0; i < 3000; i++) {
  const s = b(i % 2 ? new P() : new Q(), i % 3);
  if (s && seen.indexOf(s) < 0) seen.push(s);
}
for (const s of seen) console.log(s);

function deep(n) {
  if (n === 0) throw new RangeError("d");
  return deep(n - 1);
}
const depths = [];
for (let i = 0; i < 2000; i++) {
  try {
    deep(i % 4 === 0 ? 12 : i % 4);
  } catch (e) {
    const l = e.stack.split("\n");
    let mine = 0;
    for (const x of l) if (x.indexOf("repeated_throw_sites.js") >= 0) mine++;
    if (i >= 1996) depths.push(mine + " " + frame(l[mine]));
  }
}
console.log(depths.join(", "));

let cb = 0;
for (let i = 0; i < 1500; i++) {
  [1].forEach(function each() {
    try {
      null.f;
    } catch (e) {
      if (i === 1499) console.log(frames(e, 2));
      cb++;
    }
  });
}
console.log(cb);

function same(k) {
  let r = 0;
  try {
    if (k % 3 === 0) throw k;
    if (k % 3 === 1) throw new Error("e" + k);
    r = k;
  } catch (e) {
    r = e instanceof Error ? -1 : -2;
  }
  return r;
}
function viaFinally(k) {
  try {
    try {
      if (k % 2) throw new RangeError("r");
      return 1;
    } finally {
      k++;
    }
  } catch (e) {
    return e instanceof RangeError && !(e instanceof TypeError) ? 2 : 3;
  }
}
let t = 0;
for (let i = 0; i < 3000; i++) t += same(i) + viaFinally(i);
console.log(t);
let bad = 0;
for (let i = 0; i < 1200; i++) {
  try {
    if (i instanceof (i % 2 ? 3 : {})) bad++;
  } catch (e) {
    bad += e instanceof TypeError ? 1 : 100;
  }
}
console.log(bad);
// expect: TypeError: in m 1 | at P.m (repeated_throw_sites.js:19:18) | at a (repeated_throw_sites.js:25:12) | at b (repeated_throw_sites.js:29:12) | at Object.<anonymous> (repeated_throw_sites.js:36:13)
// expect: TypeError: in m 2 | at Q.m (repeated_throw_sites.js:19:18) | at a (repeated_throw_sites.js:25:12) | at b (repeated_throw_sites.js:29:12) | at Object.<anonymous> (repeated_throw_sites.js:36:13)
// expect: TypeError: in m 1 | at Q.m (repeated_throw_sites.js:19:18) | at a (repeated_throw_sites.js:25:12) | at b (repeated_throw_sites.js:29:12) | at Object.<anonymous> (repeated_throw_sites.js:36:13)
// expect: TypeError: in m 2 | at P.m (repeated_throw_sites.js:19:18) | at a (repeated_throw_sites.js:25:12) | at b (repeated_throw_sites.js:29:12) | at Object.<anonymous> (repeated_throw_sites.js:36:13)
// expect: 10 at deep (repeated_throw_sites.js:43:10), 3 at Object.<anonymous> (repeated_throw_sites.js:48:5), 4 at Object.<anonymous> (repeated_throw_sites.js:48:5), 5 at Object.<anonymous> (repeated_throw_sites.js:48:5)
// expect: TypeError: Cannot read properties of null (reading 'f') | at each (repeated_throw_sites.js:62:12) | at Array.forEach (at Array.forEach (<anonymous>)
// expect: 1500
// expect: 1502000
// expect: 1200
