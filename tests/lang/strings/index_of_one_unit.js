// `indexOf` of a one-unit string scans for that unit: every start
// position, past the end, a negative or fractional start, wide strings
// (a surrogate half), a one-byte string searched for a wide unit.
const s = "12,345,6";
const out = [];
for (let from = -2; from <= s.length + 1; from++) out.push(s.indexOf(",", from));
console.log(out.join(" "));
console.log(s.indexOf(","), s.indexOf("6"), s.indexOf("x"), s.indexOf(",", 2.5), "".indexOf(","));
const w = "a\u20acb\u{1F600}c\u20ac";
console.log(w.indexOf("\u20ac"), w.indexOf("\u20ac", 2), w.indexOf("\uD83D"), w.indexOf("\uDE00"), w.indexOf("c"));
console.log(s.indexOf("\u20ac"), w.indexOf("z"), "aaa".lastIndexOf("a"), "aaa".indexOf("a", 3));
let hits = 0;
for (let i = 0; i < 3000; i++) hits += ("k" + (i % 10) + ",v").indexOf(",") === 2 ? 1 : 0;
console.log(hits);
// expect: 2 2 2 2 2 6 6 6 6 -1 -1 -1
// expect: 2 7 -1 2 -1
// expect: 1 6 3 4 5
// expect: -1 -1 2 -1
// expect: 3000
