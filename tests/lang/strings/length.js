// .length counts UTF-16 code units.
console.log("".length); // expect: 0
console.log("a".length); // expect: 1
console.log("abc".length); // expect: 3
console.log("héllo".length); // expect: 5
console.log("😀".length); // expect: 2
console.log("a😀b".length); // expect: 4
console.log("日本語".length); // expect: 3
console.log("\u{1F600}\u{1F600}".length); // expect: 4
console.log("a\nb".length); // expect: 3
console.log(("ab" + "cd").length); // expect: 4
let s = "stitch";
console.log(s.length); // expect: 6
console.log(s.length + 1); // expect: 7
console.log(("" + 12345).length); // expect: 5
console.log(("" + 0.1).length); // expect: 3
console.log(("" + null).length); // expect: 4
console.log(typeof s.length); // expect: number
