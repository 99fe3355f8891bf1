// indexOf, lastIndexOf, includes, startsWith, endsWith: positions clamp,
// the empty string is found everywhere, arguments convert to strings.
let s = "banana";
console.log(s.indexOf("a"), s.indexOf("an"), s.indexOf("a", 2), s.indexOf("a", -5), s.indexOf("a", 99)); // expect: 1 1 3 1 -1
console.log(s.indexOf("x"), s.indexOf(""), s.indexOf("", 3), s.indexOf("", 99), s.indexOf("banana"), s.indexOf("bananas")); // expect: -1 0 3 6 0 -1
console.log(s.indexOf(), "undefined".indexOf(), "a1b".indexOf(1), s.indexOf("n", NaN), s.indexOf("a", 1.9)); // expect: -1 0 1 2 1
console.log(s.lastIndexOf("a"), s.lastIndexOf("a", 4), s.lastIndexOf("a", 0), s.lastIndexOf("b", -3), s.lastIndexOf("an")); // expect: 5 3 -1 0 3
console.log(s.lastIndexOf(""), s.lastIndexOf("", 2), s.lastIndexOf("a", NaN), s.lastIndexOf("a", Infinity), s.lastIndexOf("x")); // expect: 6 2 5 5 -1
console.log(s.lastIndexOf("ana"), s.lastIndexOf("ana", 2), s.lastIndexOf("nana", 1), s.lastIndexOf("banana", 0)); // expect: 3 1 -1 0
console.log(s.includes("nan"), s.includes("nab"), s.includes(""), s.includes("b", 1), s.includes("a", -10)); // expect: true false true false true
console.log(s.startsWith("ban"), s.startsWith("an"), s.startsWith("an", 1), s.startsWith("", 6), s.startsWith("a", 99)); // expect: true false true true false
console.log(s.endsWith("na"), s.endsWith("an"), s.endsWith("an", 5), s.endsWith("b", 1), s.endsWith("", 0), s.endsWith("ba", -1)); // expect: true false true true true false
let e = "a😀b😀";
console.log(e.indexOf("😀"), e.lastIndexOf("😀"), e.indexOf("\uDE00"), e.indexOf("b"), e.includes("\uD83Db")); // expect: 1 4 2 3 false
console.log(e.startsWith("\uD83D", 1), e.endsWith("\uDE00"), e.indexOf("😀", 2), "\u0100\u0101".indexOf("a")); // expect: true true 4 -1
console.log("héllo".indexOf("llo"), "héllo".indexOf("é"), "日本語".indexOf("語"), "日本語".indexOf("x"), "abc".indexOf("日")); // expect: 2 1 2 -1 -1
console.log("null".indexOf(null), "truefalse".lastIndexOf(false), "1.5".includes(1.5)); // expect: 0 4 true
let text = "one two three two one";
let count = 0;
let at = text.indexOf("two");
while (at !== -1) {
  count++;
  at = text.indexOf("two", at + 1);
}
console.log(count); // expect: 2
