// String order is UTF-16 code-unit order, not code-point order.
console.log("é" > "z"); // expect: true
console.log("😀" < "\uFFFF"); // expect: true
console.log("\uFFFF" < "😀"); // expect: false
console.log("😀" > "\uD7FF"); // expect: true
console.log("\u{1F600}" < "\u{1F601}"); // expect: true
console.log("日" > "a"); // expect: true
console.log("a\u0000" > "a"); // expect: true
console.log("\u0000" < "\u0001"); // expect: true
