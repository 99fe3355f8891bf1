// Number.prototype.toLocaleString in node's default locale (en-US): grouped
// integer digits, at most 3 decimals rounded half up from the shortest text.
console.log((1234.5).toLocaleString()); // expect: 1,234.5
console.log((-1234567.891).toLocaleString()); // expect: -1,234,567.891
console.log((0.0005).toLocaleString()); // expect: 0.001
console.log((1.0005).toLocaleString()); // expect: 1.001
console.log((1e21).toLocaleString()); // expect: 1,000,000,000,000,000,000,000
console.log((-0).toLocaleString()); // expect: -0
console.log((NaN).toLocaleString()); // expect: NaN
console.log((Infinity).toLocaleString()); // expect: ∞
console.log((-Infinity).toLocaleString()); // expect: -∞
console.log((0.1 + 0.2).toLocaleString()); // expect: 0.3
console.log((999.9999).toLocaleString()); // expect: 1,000
console.log((5e-7).toLocaleString()); // expect: 0
console.log((-0.0001).toLocaleString()); // expect: -0
console.log((0.9995).toLocaleString()); // expect: 1
console.log((99999.9995).toLocaleString()); // expect: 100,000
console.log((2 ** 53).toLocaleString()); // expect: 9,007,199,254,740,992
console.log((123).toLocaleString()); // expect: 123
console.log((1234567).toLocaleString()); // expect: 1,234,567
