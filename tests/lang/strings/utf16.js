// Strings are sequences of UTF-16 code units, as in JavaScript: a character
// outside the Basic Multilingual Plane is two units (a surrogate pair), and
// a lone half of a pair is a unit like any other. Output is UTF-8, where a
// lone surrogate has no encoding: it is written as U+FFFD, as node does.
console.log("😀".length); // expect: 2
console.log("😀" + ""); // expect: 😀
console.log(("😀" + "") === "😀"); // expect: true
console.log("\uD83D" + "\uDE00" === "😀"); // expect: true
console.log("\uD83D" + "\uDE00"); // expect: 😀
console.log("\u{D83D}\u{DE00}" === "\u{1F600}"); // expect: true

// Lone surrogates can be stored, compared and concatenated.
let high = "\uD800";
let low = "\u{DC00}";
console.log(high.length, low.length); // expect: 1 1
console.log(typeof high); // expect: string
console.log(high); // expect: �
console.log(high + low); // expect: 𐀀
console.log(low + high); // expect: ��
console.log((low + high).length); // expect: 2
console.log(high === "\uD800", high === low, high !== low); // expect: true false true
console.log(high == "\u{D800}"); // expect: true
console.log("a" + high + 1); // expect: a�1
console.log(1 + high); // expect: 1�
console.log(high ? "truthy" : "falsy"); // expect: truthy
console.log("\uD83Dx"); // expect: �x
console.log("%s and %s", high, "😀"); // expect: � and 😀

// Order is by code unit: U+FF61 is one unit above every surrogate.
console.log("\uFF61" < "😀", "\uFF61" > "😀"); // expect: false true
console.log(high < low, low < "\uFFFF", "\uD7FF" < high); // expect: true true true
console.log("é" < "😀", high <= high, high >= low); // expect: true true false

// Latin-1 text stays one byte per unit inside; joined with a wider unit it
// widens, and every part keeps its value.
let s = "";
for (let i = 0; i < 4; i++) s += "é";
let wide = s + "→";
s += "!";
console.log(s, s.length, wide, wide.length); // expect: éééé! 5 éééé→ 5
let mixed = wide + "ab" + 12;
console.log(mixed, mixed.length); // expect: éééé→ab12 9
console.log(mixed === "éééé→ab12"); // expect: true
