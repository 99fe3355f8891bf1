// Digit manipulation: reversal, palindromes, digit sums, Armstrong numbers.
function reverse(n) {
  let r = 0;
  while (n > 0) { r = r * 10 + n % 10; n = (n - n % 10) / 10; }
  return r;
}
function digitSum(n) { let s = 0; while (n > 0) { s += n % 10; n = (n / 10) | 0; } return s; }
function numDigits(n) { return ("" + n).length; }
function isArmstrong(n) {
  let k = numDigits(n), s = 0, m = n;
  while (m > 0) { s += (m % 10) ** k; m = (m / 10) | 0; }
  return s === n;
}
console.log(reverse(12345), reverse(1200)); // expect: 54321 21
console.log(digitSum(999999999), digitSum(2 ** 30)); // expect: 81 37
let pal = 0;
for (let i = 10; i < 10000; i++) if (reverse(i) === i) pal++;
console.log(pal); // expect: 189
let arm = "";
for (let i = 1; i < 100000; i++) if (isArmstrong(i)) arm += i + " ";
console.log(arm); // expect: 1 2 3 4 5 6 7 8 9 153 370 371 407 1634 8208 9474 54748 92727 93084
