// toUpperCase/toLowerCase use full Unicode case mapping; trim removes
// JavaScript's whitespace and line terminators.
console.log("Hello World 123".toUpperCase(), "Hello World 123".toLowerCase()); // expect: HELLO WORLD 123 hello world 123
console.log("ß".toUpperCase(), "straße".toUpperCase(), "ﬁ".toUpperCase(), "ŉ".toUpperCase().length); // expect: SS STRASSE FI 2
console.log("ÀÉÎÕÜ".toLowerCase(), "àéîõü".toUpperCase(), "ÿ".toUpperCase(), "µ".toUpperCase()); // expect: àéîõü ÀÉÎÕÜ Ÿ Μ
console.log("ΣΑΣ".toLowerCase(), "ΟΔΥΣΣΕΥΣ".toLowerCase(), "Σ".toLowerCase(), "İ".toLowerCase().length); // expect: σας οδυσσευς σ 2
console.log("привет".toUpperCase(), "ПРИВЕТ".toLowerCase(), "ǅ".toUpperCase(), "ǅ".toLowerCase()); // expect: ПРИВЕТ привет Ǆ ǆ
console.log("𐐨".toUpperCase() === "𐐀", "𐐀".toLowerCase() === "𐐨", "😀".toUpperCase() === "😀"); // expect: true true true
let lone = "a\uD800b".toUpperCase();
console.log(lone.length, lone.charCodeAt(1), lone.charCodeAt(2), "\uDC00x".toUpperCase().charCodeAt(0)); // expect: 3 55296 66 56320
console.log("".toUpperCase() + "|", "ABC".toUpperCase(), "abc".toLowerCase(), "ABC".toLocaleLowerCase(), "abc".toLocaleUpperCase()); // expect: | ABC abc abc ABC
console.log("[" + "  hi  ".trim() + "]", "[" + "  hi  ".trimStart() + "]", "[" + "  hi  ".trimEnd() + "]"); // expect: [hi] [hi  ] [  hi]
console.log("[" + "\t\n\v\f\r \u00a0\u2028\u2029\ufeff\u3000x\u2003".trim() + "]", "[" + "   ".trim() + "]", "[" + "".trim() + "]"); // expect: [x] [] []
// U+200B (zero width space) is not whitespace.
console.log("\u200bx".trim().length, "[" + "x y".trim() + "]", "\n\nx\n".trimStart().length, "\n\nx\n".trimEnd().length); // expect: 2 [x y] 2 3
console.log(" \uD800 ".trim().length, " \uD800 ".trim().charCodeAt(0), "\uD800 ".trimEnd() === "\uD800"); // expect: 1 55296 true
