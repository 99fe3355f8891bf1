// && yields the first falsy operand, or the last one.
console.log(1 && 2); // expect: 2
console.log(0 && 2); // expect: 0
console.log("" && x_never_declared); // expect:
console.log("[" + ("" && "x") + "]"); // expect: []
console.log(null && 1); // expect: null
console.log(1 && null); // expect: null
console.log("a" && "b" && "c"); // expect: c
console.log(1 && 0 && x_never_declared); // expect: 0
console.log(NaN && 1); // expect: NaN
console.log(true && undefined); // expect: undefined
