// String equality in hot compiled code: two strings compare by their units
// whatever their storage (one byte or two, a slice of a longer string, a
// concatenation, a one-unit string), through the equality stencils' direct
// helper; anything else still converts (==) or compares by identity (===).
function se(a, b) { return a === b; }
function sne(a, b) { return a !== b; }
function le(a, b) { return a == b; }
function jse(a, b) { if (a === b) return "same"; return "differ"; }
function jne(a, b) { if (a != b) return "differ"; return "same"; }
const wide = "héllo wörld ☃";
const pairs = [
  ["a", "a"], ["a", "b"], ["", ""], ["ab", "a" + "b"], ["abc".slice(1), "bc"],
  [wide.slice(0, 5), "héllo"], ["\u2603", wide[12]], ["\ud800", String.fromCharCode(0xd800)],
  ["x".repeat(100), "x".repeat(99) + "x"], ["x".repeat(100), "x".repeat(99) + "y"],
  ["1", 1], ["0", false], ["", 0], [" 1 ", 1], ["abc", new String("abc")],
  [null, undefined], ["null", null], [NaN, NaN], ["NaN", NaN],
];
for (let k = 0; k < 2000; k++) for (const [a, b] of pairs) { se(a, b); sne(a, b); le(a, b); jse(a, b); jne(a, b); }
for (const [a, b] of pairs) console.log(JSON.stringify([a, b]), se(a, b), sne(a, b), le(a, b), jse(a, b), jne(a, b));
const text = '{"k":[1,22,"s"]}'.repeat(50);
let digits = 0, quotes = 0;
for (let r = 0; r < 20; r++) for (let i = 0; i < text.length; i++) {
  const c = text.substring(i, i + 1);
  if (c === "0" || c === "1" || c === "2") digits++; else if (c == '"') quotes++;
}
console.log(digits, quotes);
// expect: ["a","a"] true false true same same
// expect: ["a","b"] false true false differ differ
// expect: ["",""] true false true same same
// expect: ["ab","ab"] true false true same same
// expect: ["bc","bc"] true false true same same
// expect: ["héllo","héllo"] true false true same same
// expect: ["☃","☃"] true false true same same
// expect: ["\ud800","\ud800"] true false true same same
// expect: ["xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx","xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"] true false true same same
// expect: ["xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx","xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxy"] false true false differ differ
// expect: ["1",1] false true true differ same
// expect: ["0",false] false true true differ same
// expect: ["",0] false true true differ same
// expect: [" 1 ",1] false true true differ same
// expect: ["abc","abc"] false true true differ same
// expect: [null,null] false true true differ same
// expect: ["null",null] false true false differ differ
// expect: [null,null] false true false differ differ
// expect: ["NaN",null] false true false differ differ
// expect: 3000 4000
