// \xHH, \uHHHH and \u{...} escapes.
console.log("\x41\x42\x43"); // expect: ABC
console.log("\x61" === "a"); // expect: true
console.log("\u0041"); // expect: A
console.log("\u00e9"); // expect: é
console.log("\u00E9" === "é"); // expect: true
console.log("\u{41}"); // expect: A
console.log("\u{1F600}"); // expect: 😀
console.log("\u{1F600}" === "😀"); // expect: true
console.log("\uD83D\uDE00" === "😀"); // expect: true
console.log("\u{1F600}".length); // expect: 2
console.log("\u{00000041}"); // expect: A
console.log("\u65e5\u672c"); // expect: 日本
console.log("\x7e\u007E"); // expect: ~~
