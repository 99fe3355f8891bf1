// More ways -0 shows up (and disappears).
console.log(-0.0); // expect: -0
console.log(-1 * 0.0); // expect: -0
console.log(-5 % 5); // expect: -0
console.log(5 % -5); // expect: 0
console.log(-0 % 3); // expect: -0
console.log(-1e-400); // expect: -0
console.log(Math_free(-0)); // expect: -Infinity
console.log(-0 + 1 - 1); // expect: 0
console.log(+"-0"); // expect: -0
console.log(-null); // expect: -0
console.log(-false); // expect: -0
console.log(-"0"); // expect: -0
console.log(-0 | 0); // expect: 0
console.log(~~-0); // expect: 0
console.log(-0 >>> 0); // expect: 0
console.log(Math_free(-0 | 0)); // expect: Infinity
console.log("x", -0); // expect: x -0
function Math_free(v) { return 1 / v; }
