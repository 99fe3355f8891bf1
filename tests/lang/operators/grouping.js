// Parentheses.
console.log((1)); // expect: 1
console.log(((((2))))); // expect: 2
console.log((1 + 2) * (3 + 4)); // expect: 21
console.log(((1 + 2) * 3 + 4) * 5); // expect: 65
console.log(-(1 + 2)); // expect: -3
console.log(2 ** (1 + 2)); // expect: 8
console.log((-2) ** 2); // expect: 4
console.log(("a" + "b").length); // expect: 2
console.log(!(1 === 2)); // expect: true
let x = 4;
console.log((x)++, x); // expect: 4 5
