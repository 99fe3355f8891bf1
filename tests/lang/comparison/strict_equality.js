// === never converts types.
console.log(1 === 1); // expect: true
console.log(1 === 1.0); // expect: true
console.log(1 === "1"); // expect: false
console.log(0 === false); // expect: false
console.log(null === undefined); // expect: false
console.log(null === null); // expect: true
console.log(undefined === undefined); // expect: true
console.log(true === true); // expect: true
console.log("" === 0); // expect: false
console.log(NaN === NaN); // expect: false
console.log(-0 === 0); // expect: true
console.log(Infinity === 1 / 0); // expect: true
console.log(0.1 + 0.2 === 0.3); // expect: false
console.log(2147483648 === 2147483647 + 1); // expect: true
console.log(1 !== 1); // expect: false
console.log(1 !== "1"); // expect: true
console.log(NaN !== NaN); // expect: true
