// < and friends convert to numbers unless both sides are strings.
console.log("3" > "12"); // expect: true
console.log("3" > 12); // expect: false
console.log(3 > "12"); // expect: false
console.log("abc" < 5); // expect: false
console.log("abc" > 5); // expect: false
console.log("abc" >= 5); // expect: false
console.log(null >= 0); // expect: true
console.log(null > 0); // expect: false
console.log(null <= 0); // expect: true
console.log(undefined >= 0); // expect: false
console.log(undefined <= 0); // expect: false
console.log(true > false); // expect: true
console.log(true >= 1); // expect: true
console.log("" < 1); // expect: true
console.log(" 10 " > 9); // expect: true
console.log("10" < "9"); // expect: true
console.log("10" < 9); // expect: false
console.log(false < "1"); // expect: true
