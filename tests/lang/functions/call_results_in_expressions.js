// Calls as operands, arguments and conditions.
function two() { return 2; }
function isEven(n) { return n % 2 === 0; }
console.log(two() * two() + two()); // expect: 6
console.log(isEven(two()) ? "even" : "odd"); // expect: even
let total = 0;
for (let i = 0; i < 10; i++) if (isEven(i)) total += i;
console.log(total); // expect: 20
console.log(-two(), !two(), typeof two()); // expect: -2 false number
console.log(("" + two()).length); // expect: 1
