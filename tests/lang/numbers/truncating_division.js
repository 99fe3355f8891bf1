// Integer division by truncation with |0.
console.log((7 / 2) | 0); // expect: 3
console.log((-7 / 2) | 0); // expect: -3
console.log((1 / 3) | 0); // expect: 0
console.log((100 / 7) | 0); // expect: 14
console.log(100 % 7); // expect: 2
console.log(((100 / 7) | 0) * 7 + 100 % 7); // expect: 100
let q = 0, r = 0, n = 12345, d = 67;
q = (n / d) | 0;
r = n % d;
console.log(q, r); // expect: 184 17
console.log(q * d + r === n); // expect: true
