// A gcd table and some lcm values.
function gcd(a, b) {
  while (b !== 0) { let t = a % b; a = b; b = t; }
  return a;
}
function lcm(a, b) { return a / gcd(a, b) * b; }
for (let i = 1; i <= 6; i++) {
  let row = "";
  for (let j = 1; j <= 6; j++) row += gcd(i * 2, j * 3) + " ";
  console.log(row);
}
// expect: 1 2 1 2 1 2
// expect: 1 2 1 4 1 2
// expect: 3 6 3 6 3 6
// expect: 1 2 1 4 1 2
// expect: 1 2 1 2 5 2
// expect: 3 6 3 12 3 6
let l = 1;
for (let k = 1; k <= 20; k++) l = lcm(l, k);
console.log(l); // expect: 232792560
for (let k = 21; k <= 40; k++) l = lcm(l, k);
console.log(l); // expect: 5342931457063200
