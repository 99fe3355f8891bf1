// Bitwise operator precedence: shift > relational > equality > & > ^ > |.
console.log(1 | 2 & 3); // expect: 3
console.log((1 | 2) & 3); // expect: 3
console.log(6 & 3 ^ 1); // expect: 3
console.log(6 ^ 3 | 8); // expect: 13
console.log(1 + 2 << 1); // expect: 6
console.log(1 << 2 + 1); // expect: 8
console.log(5 & 3 == 1); // expect: 0
console.log(4 | 1 === 1); // expect: 5
console.log(16 >> 2 < 5); // expect: true
console.log(~1 + 1); // expect: -1
console.log(-1 >>> 0 > 0); // expect: true
