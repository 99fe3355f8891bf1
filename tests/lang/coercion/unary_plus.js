// Unary + converts strings and other primitives to numbers.
console.log(+"  12  "); // expect: 12
console.log(+"0x1A"); // expect: 26
console.log(+""); // expect: 0
console.log(+"   "); // expect: 0
console.log(+"abc"); // expect: NaN
console.log(+true); // expect: 1
console.log(+false); // expect: 0
console.log(+null); // expect: 0
console.log(+undefined); // expect: NaN
console.log(+"1e3"); // expect: 1000
console.log(+"-5"); // expect: -5
console.log(+"+5"); // expect: 5
console.log(+".5"); // expect: 0.5
console.log(+"5."); // expect: 5
console.log(+"0b101"); // expect: 5
console.log(+"0o17"); // expect: 15
console.log(+"00012"); // expect: 12
console.log(+"-0"); // expect: -0
console.log(+"Infinity"); // expect: Infinity
console.log(+"-Infinity"); // expect: -Infinity
