// Fast exponentiation by squaring.
function pow(b, e) {
  if (e === 0) return 1;
  let half = pow(b, (e / 2) | 0);
  if (e % 2 === 0) return half * half;
  return half * half * b;
}
console.log(pow(2, 10)); // expect: 1024
console.log(pow(3, 13)); // expect: 1594323
console.log(pow(2, 31)); // expect: 2147483648
console.log(pow(2, 62)); // expect: 4611686018427388000
console.log(pow(10, 22)); // expect: 1e+22
console.log(pow(0.5, 3)); // expect: 0.125
