// Euclid's algorithm, recursively.
function gcd(a, b) { if (b === 0) return a; return gcd(b, a % b); }
console.log(gcd(12, 18)); // expect: 6
console.log(gcd(17, 5)); // expect: 1
console.log(gcd(0, 9)); // expect: 9
console.log(gcd(1071, 462)); // expect: 21
console.log(gcd(2147483647, 2147483646)); // expect: 1
console.log(gcd(4294967296, 65536)); // expect: 65536
