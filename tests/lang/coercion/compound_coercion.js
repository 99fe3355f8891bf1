// Mixed-type expressions evaluated step by step.
console.log(1 + 2 + "3" + 4 + 5); // expect: 3345
console.log("1" + 2 * 3); // expect: 16
console.log("1" * 2 + 3); // expect: 5
console.log(1 + true + null + "x" + undefined); // expect: 2xundefined
console.log("a" + (1 + 2) + (true && "b")); // expect: a3b
console.log(10 + 20 + "" + 10 / 4); // expect: 302.5
console.log("" + (0.1 + 0.2 === 0.3)); // expect: false
console.log("x" - "y" + "z"); // expect: NaNz
console.log(-"1" + 1); // expect: 0
console.log(-"1" + "1"); // expect: -11
