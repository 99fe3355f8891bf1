// Escapes in printed strings.
console.log("line1\nline2\nline3");
// expect: line1
// expect: line2
// expect: line3
console.log("col1\tcol2"); // expect: col1	col2
console.log("quote: \" and '"); // expect: quote: " and '
console.log('quote: \' and "'); // expect: quote: ' and "
console.log("C:\\dir\\file"); // expect: C:\dir\file
console.log("\x48\x69"); // expect: Hi
console.log("\u0048\u{69}!"); // expect: Hi!
