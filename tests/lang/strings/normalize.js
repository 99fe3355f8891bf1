// String.prototype.normalize (NFC, NFD, NFKC, NFKD) and String.raw.
const e = "e\u0301";
console.log(e.normalize() === "\u00e9", e.length, e.normalize().length);
console.log("\u00e9".normalize("NFD").length, "\ufb01".normalize("NFKC"), "\ufb01".normalize("NFC"));
console.log("\u2460".normalize("NFKD"), "Å".normalize("NFD").split("").map((c) => c.charCodeAt(0)));
console.log("\ud800x\u0301".normalize().length, "abc".normalize("NFKC"));
try { "a".normalize("nfc"); } catch (err) { console.log(err.constructor.name, err.message); }
console.log(String.raw`a\n${1}b\t${2}c`, String.raw({ raw: ["x", "y", "z"] }, 1, 2, 3));
console.log(String.raw({ raw: "abc" }, "-", "+"), String.raw({ raw: [] }), String.raw`\u0041`);
function tag(s, ...v) { return s.raw.join("|") + ":" + v.join(","); }
console.log(tag`one\ttwo${3}`);
// expect: true 2 1
// expect: 2 fi ﬁ
// expect: 1 [ 65, 778 ]
// expect: 3 abc
// expect: RangeError The normalization form should be one of NFC, NFD, NFKC, NFKD.
// expect: a\n1b\t2c x1y2z
// expect: a-b+c  \u0041
// expect: one\ttwo|:3
