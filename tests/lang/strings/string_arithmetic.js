// Arithmetic operators other than + convert strings to numbers.
console.log("ab" * 2); // expect: NaN
console.log("6" * "7"); // expect: 42
console.log("10" / "4"); // expect: 2.5
console.log("10" - "4"); // expect: 6
console.log("7" % "4"); // expect: 3
console.log("2" ** "3"); // expect: 8
console.log("3" * 1 + 1); // expect: 4
console.log("3" + 1 + 1); // expect: 311
console.log("3" - 1 + 1); // expect: 3
console.log(" 4 " * 2); // expect: 8
console.log("" * 5); // expect: 0
console.log("1e2" * 1); // expect: 100
