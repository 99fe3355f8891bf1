// Relational operators compare strings code unit by code unit.
console.log("a" < "b"); // expect: true
console.log("b" < "a"); // expect: false
console.log("abc" < "abd"); // expect: true
console.log("ab" < "abc"); // expect: true
console.log("abc" < "ab"); // expect: false
console.log("" < "a"); // expect: true
console.log("a" < "a"); // expect: false
console.log("a" <= "a"); // expect: true
console.log("a" >= "a"); // expect: true
console.log("B" < "a"); // expect: true
console.log("Z" > "a"); // expect: false
console.log("10" < "9"); // expect: true
console.log("100" > "99"); // expect: false
console.log("apple" > "Apple"); // expect: true
console.log(" " < "0"); // expect: true
console.log("zebra" > "aardvark"); // expect: true
