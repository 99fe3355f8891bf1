// Comparisons between different types.
console.log("10" < 9); // expect: false
console.log("10" < "9"); // expect: true
console.log(null < 1); // expect: true
console.log(undefined < 1); // expect: false
console.log(true < 2); // expect: true
console.log("" < 1); // expect: true
console.log("a" < 1); // expect: false
console.log(" " == 0); // expect: true
console.log(true > null); // expect: true
console.log("2" > "10"); // expect: true
console.log(2 > "10"); // expect: false
