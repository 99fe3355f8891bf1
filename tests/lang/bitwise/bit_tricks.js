// Bit manipulation algorithms.
function popcount(n) {
  let c = 0;
  while (n !== 0) { n = n & (n - 1); c++; }
  return c;
}
console.log(popcount(0), popcount(7), popcount(255), popcount(-1)); // expect: 0 3 8 32
function isPow2(n) { return n > 0 && (n & (n - 1)) === 0; }
console.log(isPow2(1), isPow2(64), isPow2(96), isPow2(0)); // expect: true true false false
let a = 17, b = 42;
a ^= b; b ^= a; a ^= b;
console.log(a, b); // expect: 42 17
function reverseBits8(n) {
  let r = 0;
  for (let i = 0; i < 8; i++) { r = (r << 1) | (n & 1); n >>= 1; }
  return r;
}
console.log(reverseBits8(1), reverseBits8(6)); // expect: 128 96
function lowestBit(n) { return n & -n; }
console.log(lowestBit(12), lowestBit(-2147483648)); // expect: 4 -2147483648
function hash(n) { return (n * 2654435761) >>> 0; }
console.log(hash(1), hash(2)); // expect: 2654435761 1013904226
