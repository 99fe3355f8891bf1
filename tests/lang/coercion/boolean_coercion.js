// Double negation turns any value into a boolean.
console.log(!!0, !!1, !!-0); // expect: false true false
console.log(!!"", !!"0", !!" "); // expect: false true true
console.log(!!NaN, !!Infinity); // expect: false true
console.log(!!null, !!undefined); // expect: false false
console.log(!!0.0001); // expect: true
console.log(typeof !!1); // expect: boolean
console.log(!!(1 - 1)); // expect: false
console.log(!!("a" - 1)); // expect: false
