// `a + b` of two strings in compiled code: the `add` stencil's cold part
// calls the string join directly (no generic decode). Its edge cases: an
// empty side (the other string itself), a left string that is not the
// last view of its buffer (a fresh buffer, the older view unchanged), a
// two-byte right side joined to a one-byte buffer, `s + s`, operands that
// are not both strings (numbers, objects with toString: the generic path),
// and a join past V8's length limit (RangeError from the generic path).
function join(a, b) {
  return a + b;
}
function build(codes) {
  let s = "";
  for (let i = 0; i < codes.length; i++) s = s + String.fromCharCode(codes[i]);
  return s;
}
let total = 0;
for (let k = 0; k < 3000; k++) total += join("ab", "c").length + build([120, 121]).length;
console.log(total);
console.log(join("", "x") === "x", join("y", "") === "y", join("", "") === "");
const base = join("he", "l");
const left = join(base, "lo");
const right = join(base, "p");
console.log(base, left, right, join(left, left));
const wide = join("a", "\u263a");
console.log(wide, wide.length, wide.charCodeAt(1), join(wide, "b"), join("\u00e9", "\ud83d").length);
console.log(build([104, 0x263a, 105, 233]), build([0x10041 & 0xffff, 66]));
console.log(join("n", 1), join(2, "m"), join(1, 2), join("o", { toString: () => "bj" }), join(null, "s"));
let grow = join("ab", "cd");
for (let i = 0; i < 200; i++) grow = join(grow, i % 2 ? "x" : "yz");
console.log(grow.length, grow.slice(0, 8), grow.slice(-6));
let s = "ab";
let n = 0;
for (let i = 0; i < 40; i++) {
  s = join(s, s);
  n = s.length;
}
console.log(n);
// expect: 15000
// expect: true true true
// expect: hel hello help hellohello
// expect: a☺ 2 9786 a☺b 2
// expect: h☺ié AB
// expect: n1 2m 3 obj nulls
// expect: 304 abcdyzxy yzxyzx
// expect error: RangeError: Invalid string length
