// Converting integers to Roman numerals with string building.
function roman(n) {
  let s = "";
  while (n >= 1000) { s += "M"; n -= 1000; }
  if (n >= 900) { s += "CM"; n -= 900; }
  if (n >= 500) { s += "D"; n -= 500; }
  if (n >= 400) { s += "CD"; n -= 400; }
  while (n >= 100) { s += "C"; n -= 100; }
  if (n >= 90) { s += "XC"; n -= 90; }
  if (n >= 50) { s += "L"; n -= 50; }
  if (n >= 40) { s += "XL"; n -= 40; }
  while (n >= 10) { s += "X"; n -= 10; }
  if (n >= 9) { s += "IX"; n -= 9; }
  if (n >= 5) { s += "V"; n -= 5; }
  if (n >= 4) { s += "IV"; n -= 4; }
  while (n >= 1) { s += "I"; n -= 1; }
  return s;
}
console.log(roman(1), roman(4), roman(9), roman(14)); // expect: I IV IX XIV
console.log(roman(1994)); // expect: MCMXCIV
console.log(roman(2024)); // expect: MMXXIV
console.log(roman(3999)); // expect: MMMCMXCIX
let longest = "";
for (let i = 1; i < 4000; i++) { let r = roman(i); if (r.length > longest.length) longest = r; }
console.log(longest, longest.length); // expect: MMMDCCCLXXXVIII 15
