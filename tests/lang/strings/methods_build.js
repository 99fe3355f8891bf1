// repeat, padStart, padEnd, concat and String itself.
console.log("ab".repeat(3), "[" + "ab".repeat(0) + "]", "x".repeat(2.9), "[" + "".repeat(5) + "]", "-".repeat("4")); // expect: ababab [] xx [] ----
console.log("[" + "a".repeat(NaN) + "]", "[" + "a".repeat(-0.5) + "]", "ab".repeat(1), "😀".repeat(2).length); // expect: [] [] ab 4
console.log("5".padStart(3, "0"), "5".padEnd(3, "0"), "abc".padStart(2), "abc".padEnd(6, "12") + "|", "[" + "x".padStart(4) + "]"); // expect: 005 500 abc abc121| [   x]
console.log("x".padStart(6, "abcd"), "x".padEnd(6, "abcd"), "x".padStart(5, ""), "x".padStart(NaN, "y"), "x".padStart(-3, "y")); // expect: abcdax xabcda x x x
console.log("7".padStart(3, 0), "x".padEnd(4, null), "x".padStart(3.9, "-"), "x".padStart("3", "*")); // expect: 007 xnul --x **x
console.log("x".padStart(4, "😀").length, "x".padStart(4, "😀").charCodeAt(2), "x".padStart(2, "😀").charCodeAt(0)); // expect: 4 55357 55357
console.log("a".concat("b", "c"), "a".concat(), "a".concat(1, null, undefined, true), "".concat("😀", "\uD800").length); // expect: abc a a1nullundefinedtrue 3
console.log(String(123), String(-0), String(null), String(undefined), String(true), String(1.5e300), String("s")); // expect: 123 0 null undefined true 1.5e+300 s
console.log("[" + String() + "]", typeof String(5), String(NaN), String(Infinity), String("a", "b")); // expect: [] string NaN Infinity a
console.log(new String("x") + "y", String(function f() {}), String.name, String.length); // expect: xy function f() {} String 1
console.log(String.prototype.constructor === String, "".constructor === String, "abc".toString(), "abc".valueOf()); // expect: true true abc abc
console.log(String.fromCharCode(72, 101, 108, 108, 111), String.fromCharCode(), String.fromCharCode(65.9), String.fromCharCode(65 + 65536)); // expect: Hello  A A
console.log(String.fromCharCode(-1).charCodeAt(0), String.fromCharCode("66"), String.fromCharCode(0xD83D, 0xDE00), String.fromCharCode(NaN).charCodeAt(0)); // expect: 65535 B 😀 0
console.log(String.fromCharCode(0xD800).length, String.fromCharCode(233), String.fromCharCode(8364)); // expect: 1 é €
console.log(String.fromCodePoint(65, 66), String.fromCodePoint(0x1F600), String.fromCodePoint(0x1F600).length, String.fromCodePoint()); // expect: AB 😀 2 
console.log(String.fromCodePoint(0xD800).charCodeAt(0), String.fromCodePoint("97"), String.fromCodePoint(0x10FFFF).length); // expect: 55296 a 2
console.log("a\uD800".isWellFormed(), "a😀".isWellFormed(), "a\uD800".toWellFormed().charCodeAt(1), "ok".toWellFormed()); // expect: false true 65533 ok
let row = "";
for (let i = 1; i <= 3; i++) row += String(i).padStart(3, " ") + "|";
console.log(row); // expect:   1|  2|  3|
