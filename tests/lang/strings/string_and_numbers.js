// Number-to-string conversion in concatenation.
console.log("" + 100); // expect: 100
console.log("" + 2 ** 53); // expect: 9007199254740992
console.log("" + 1e-7); // expect: 1e-7
console.log("" + 0.000001); // expect: 0.000001
console.log("" + 123e-20); // expect: 1.23e-18
console.log("" + -1.5); // expect: -1.5
console.log("" + 0xff); // expect: 255
console.log("" + 1_000); // expect: 1000
console.log("" + (1 / 3)); // expect: 0.3333333333333333
console.log("" + 2147483647 + 1); // expect: 21474836471
console.log("" + (2147483647 + 1)); // expect: 2147483648
console.log(5 + 5 + "" + 5 + 5); // expect: 1055
