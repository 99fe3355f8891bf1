// localeCompare's collator options: `numeric` (a run of digits weighs as
// its value, leading zeros ignored), `sensitivity`, `caseFirst`,
// `ignorePunctuation`, and the locale's `-u-kn` extension.
var natural = (a, b) => a.localeCompare(b, undefined, { numeric: true });
console.log(["item10", "item2", "item1", "Item3", "item02", "file9"].sort(natural).join()); // expect: file9,item1,item2,item02,Item3,item10
console.log(["v1.10.0", "v1.2.0", "v10.0.0", "v2.0.0"].sort(natural)); // expect: [ 'v1.2.0', 'v1.10.0', 'v2.0.0', 'v10.0.0' ]
console.log(natural("1", "01"), natural("00", "0"), natural("", "0"), natural("a12b3", "a12b03")); // expect: 0 0 -1 0
console.log("a10".localeCompare("a9", "en-u-kn-true"), "a10".localeCompare("a9")); // expect: 1 -1
var c = (a, b, o) => a.localeCompare(b, "en", o);
console.log(c("a", "á", { sensitivity: "base" }), c("a", "A", { sensitivity: "accent" }), c("a", "á", { sensitivity: "accent" })); // expect: 0 0 -1
console.log(c("a", "A", { sensitivity: "case" }), c("a", "á", { sensitivity: "case" })); // expect: -1 0
console.log(c("a", "A", { caseFirst: "upper" }), c("a", "A", { caseFirst: "lower" }), c("ab", "Aa", { caseFirst: "upper" })); // expect: 1 -1 1
console.log(c("a-b", "ab", { ignorePunctuation: true }), c("a b", "ab", { ignorePunctuation: true })); // expect: 0 0
try {
  c("a", "b", { sensitivity: "x" });
} catch (e) {
  console.log(e.name, e.message); // expect: RangeError Value x out of range for String.prototype.localeCompare options property sensitivity
}
