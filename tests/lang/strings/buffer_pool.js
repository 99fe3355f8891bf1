// Strings built with `+` share one-allocation buffers, and the buffers of
// short strings are recycled once the collector frees them: a recycled
// buffer must never show a dead string's units through a live one.
function build(seed, n) {
  let s = "";
  for (let i = 0; i < n; i++) s = s + String.fromCharCode(97 + (seed + i) % 26);
  return s;
}
const kept = [];
for (let round = 0; round < 300; round++) {
  const w = build(round, 3 + round % 9);
  if (round % 50 === 0) kept.push(w);
  // Older views of a buffer keep their prefix after longer views appended.
  const a = build(round, 4);
  const b = a + "x";
  const c = a + "y";
  if (b[4] !== "x" || c[4] !== "y" || a.length !== 4) console.log("bad views", round);
}
console.log(kept.join(","));
// expect: abc,yzabcdef,wxyz,uvwxyzabc,stuvw,qrstuvwxyz

// Lone surrogates joined unit by unit, in one-byte and two-byte buffers.
let lone = "a";
lone = lone + String.fromCharCode(0xd83d);
console.log(lone.length, lone.charCodeAt(1).toString(16));
// expect: 2 d83d
lone = lone + String.fromCharCode(0xde00);
console.log(lone.length, lone === "a\u{1F600}", lone.codePointAt(1).toString(16));
// expect: 3 true 1f600
let hi = "";
for (let i = 0; i < 40; i++) hi = hi + (i % 2 ? "\udc00" : "\ud800");
console.log(hi.length, hi.codePointAt(0).toString(16), hi.charCodeAt(39).toString(16));
// expect: 40 10000 dc00
let mixed = "xy";
for (let i = 0; i < 40; i++) mixed = mixed + (i === 20 ? "\u20ac" : "z");
console.log(mixed.length, mixed.indexOf("\u20ac"), mixed.charCodeAt(41));
// expect: 42 22 122

// A long string grown one unit at a time and one that outgrows the
// recycled size at once.
let long = "";
for (let i = 0; i < 100000; i++) long = long + String.fromCharCode(48 + i % 10);
console.log(long.length, long.slice(99990), long.charCodeAt(54321));
// expect: 100000 0123456789 49
const big = build(0, 20) + build(1, 40);
console.log(big.length, big.slice(18, 24));
// expect: 60 stbcde
