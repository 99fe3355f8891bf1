// `x === 32` and `x !== 32` against a Smi literal: compiled code compares
// with the literal as an immediate; a double, -0, a string or an object on
// the left must still answer as node does. Each function runs often
// enough to be compiled.
function eq32(x) {
  if (x === 32) return "eq";
  return "ne";
}
function ne32(x) {
  if (x !== 32) return "ne";
  return "eq";
}
function eq0(x) {
  return x === 0 ? "zero" : "other";
}
function isSpace(c) {
  if (c !== 32 && c !== 10 && c !== 13 && c !== 9) return false;
  return true;
}
// The right operand is loaded on two paths that meet at the compare.
function eqEither(x, flag) {
  if (x === (flag ? 1 : 2)) return "eq";
  return "ne";
}
const inputs = [32, 33, 32.5, 64 / 2, 0.5 * 64, "32", { v: 32 }, undefined, null, true, NaN, 2 ** 40, -32, 1e300];
let log = [];
for (let round = 0; round < 3000; round++) {
  for (const x of inputs) {
    const line = eq32(x) + " " + ne32(x);
    if (round === 2999) log.push(line);
  }
}
console.log(log.join(", ")); // expect: eq eq, ne ne, ne ne, eq eq, eq eq, ne ne, ne ne, ne ne, ne ne, ne ne, ne ne, ne ne, ne ne, ne ne
let zeros = "";
for (let round = 0; round < 3000; round++) {
  zeros = [0, -0, 0.0, 1 / Infinity, -1 / Infinity, "0", false, null, 1e-300].map(eq0).join(" ");
}
console.log(zeros); // expect: zero zero zero zero zero other other other other
let spaces = 0;
const text = "a b\tc\nd\re  f";
for (let round = 0; round < 2000; round++) {
  for (let i = 0; i < text.length; i++) if (isSpace(text.charCodeAt(i))) spaces++;
}
console.log(spaces); // expect: 12000
let either = "";
for (let round = 0; round < 3000; round++) {
  either = [eqEither(1, true), eqEither(1, false), eqEither(2, false), eqEither(2, true)].join(" ");
}
console.log(either); // expect: eq ne eq ne
