// || yields the first truthy operand, or the last one.
console.log(0 || "a"); // expect: a
console.log("b" || "a"); // expect: b
console.log(null || undefined); // expect: undefined
console.log(undefined || null); // expect: null
console.log(false || 0); // expect: 0
console.log("" || NaN); // expect: NaN
console.log(0 || "" || null || "last"); // expect: last
console.log(1 || x_never_declared); // expect: 1
console.log(-0 || 5); // expect: 5
console.log(typeof (0 || "s")); // expect: string
