// NaN and Infinity are ordinary identifiers holding numbers.
console.log(NaN); // expect: NaN
console.log(Infinity); // expect: Infinity
console.log(-Infinity); // expect: -Infinity
console.log(typeof NaN); // expect: number
console.log(typeof Infinity); // expect: number
console.log(-NaN); // expect: NaN
console.log(Infinity === Infinity); // expect: true
console.log(Infinity === -Infinity); // expect: false
console.log(NaN === NaN); // expect: false
