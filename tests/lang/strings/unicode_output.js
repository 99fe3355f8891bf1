// Non-ASCII text is printed as UTF-8.
console.log("héllo"); // expect: héllo
console.log("日本語"); // expect: 日本語
console.log("😀"); // expect: 😀
console.log("naïve" + " " + "café"); // expect: naïve café
console.log("Ω" + 1); // expect: Ω1
console.log("→", "←"); // expect: → ←
