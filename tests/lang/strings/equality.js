// String equality compares contents.
let a = "abc";
let b = "ab" + "c";
console.log(a === b); // expect: true
console.log(a == b); // expect: true
console.log(a !== "abd"); // expect: true
console.log("" === ""); // expect: true
console.log("a" === "A"); // expect: false
console.log("é" === "\u00e9"); // expect: true
console.log("1" === 1); // expect: false
console.log("abc" != "abc"); // expect: false
let built = "";
let i = 0;
while (i < 3) { built = built + "ab"; i++; }
console.log(built === "ababab"); // expect: true
