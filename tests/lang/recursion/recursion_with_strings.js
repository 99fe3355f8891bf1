// Recursion building strings.
function repeat(s, n) { if (n === 0) return ""; return s + repeat(s, n - 1); }
console.log(repeat("ab", 3)); // expect: ababab
console.log(repeat("x", 0) === ""); // expect: true
function toBinary(n) { if (n < 2) return "" + n; return toBinary((n / 2) | 0) + (n % 2); }
console.log(toBinary(10), toBinary(255), toBinary(0)); // expect: 1010 11111111 0
function digitsReversed(n) { if (n < 10) return "" + n; return (n % 10) + digitsReversed((n / 10) | 0); }
console.log(digitsReversed(12345)); // expect: 54321
