// Leap year rules as a chain of conditions.
function isLeap(y) {
  if (y % 400 === 0) return true;
  if (y % 100 === 0) return false;
  return y % 4 === 0;
}
let s = "";
let years = 0;
for (let y = 1896; y <= 1912; y++) {
  if (isLeap(y)) { s += y + " "; years++; }
}
console.log(s); // expect: 1896 1904 1908 1912
console.log(years, isLeap(2000), isLeap(1900), isLeap(2024)); // expect: 4 true false true
