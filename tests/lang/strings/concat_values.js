// Concatenating strings with values of every other type.
console.log("a" + 1); // expect: a1
console.log(1 + "2"); // expect: 12
console.log(1 + 2 + "3"); // expect: 33
console.log("1" + 2 + 3); // expect: 123
console.log("1" + (2 + 3)); // expect: 15
console.log("x" + null); // expect: xnull
console.log("x" + undefined); // expect: xundefined
console.log("x" + true); // expect: xtrue
console.log(false + "y"); // expect: falsey
console.log("" + 1.5); // expect: 1.5
console.log("" + -0); // expect: 0
console.log("" + NaN); // expect: NaN
console.log("" + Infinity); // expect: Infinity
console.log("" + -Infinity); // expect: -Infinity
console.log("" + 1e21); // expect: 1e+21
console.log("" + 0.1 * 3); // expect: 0.30000000000000004
console.log(null + "" + undefined); // expect: nullundefined
console.log("n=" + 2 * 3); // expect: n=6
console.log("n=" + 2 - 1); // expect: NaN
console.log(typeof ("" + 5)); // expect: string
