// charAt, charCodeAt, codePointAt, at and indexing count UTF-16 code units.
let s = "héllo";
console.log(s.charAt(0), s.charAt(1), s.charAt(4), "[" + s.charAt(5) + "]", "[" + s.charAt(-1) + "]"); // expect: h é o [] []
console.log(s.charAt(), s.charAt(NaN), s.charAt(1.9), s.charAt("2"), s.charAt(true)); // expect: h h é l é
console.log(s.charCodeAt(0), s.charCodeAt(1), s.charCodeAt(5), s.charCodeAt(-1), s.charCodeAt()); // expect: 104 233 NaN NaN 104
console.log(s.charCodeAt(Infinity), s.charCodeAt(-0), s.charCodeAt(0.5), s.charCodeAt("x")); // expect: NaN 104 104 104
console.log(s[0], s[1], s[4], s[5], s.length); // expect: h é o undefined 5
console.log(s.at(0), s.at(-1), s.at(-5), s.at(-6), s.at(5), s.at(), s.at(1.5)); // expect: h o h undefined undefined h é
let e = "a😀b";
console.log(e.length, e.charCodeAt(1), e.charCodeAt(2), e.codePointAt(1), e.codePointAt(2), e.codePointAt(3)); // expect: 4 55357 56832 128512 56832 98
console.log(e.codePointAt(0), e.codePointAt(4), e.codePointAt(-1), e.at(1) === "\uD83D", e.charAt(2) === "\uDE00"); // expect: 97 undefined undefined true true
console.log(e[1] + e[2], e.at(1) + e.at(2) === "😀"); // expect: 😀 true
let lone = "x\uD800y";
console.log(lone.charCodeAt(1), lone.codePointAt(1), lone.length, lone.codePointAt(0)); // expect: 55296 55296 3 120
console.log("\uDC00\uD800".codePointAt(0), "\uD800\uDC00".codePointAt(0), "\uD800".codePointAt(0)); // expect: 56320 65536 55296
console.log("€".charCodeAt(0), "€"[0] === "€", "ÿ".charCodeAt(0)); // expect: 8364 true 255
let sum = 0;
let t = "the quick brown fox";
for (let i = 0; i < t.length; i++) sum += t.charCodeAt(i);
console.log(sum); // expect: 1843
let back = "";
for (let i = t.length - 1; i >= 0; i--) back += t.charAt(i);
console.log(back); // expect: xof nworb kciuq eht
console.log(String.prototype.charAt.length, String.prototype.charCodeAt.name, typeof String.prototype.at); // expect: 1 charCodeAt function
