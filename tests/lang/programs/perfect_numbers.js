// Perfect, abundant and deficient numbers.
function divisorSum(n) {
  if (n === 1) return 0;
  let s = 1;
  for (let d = 2; d * d <= n; d++) {
    if (n % d === 0) {
      s += d;
      if (d * d !== n) s += n / d;
    }
  }
  return s;
}
let perfect = "";
let abundant = 0, deficient = 0;
for (let n = 1; n <= 10000; n++) {
  let s = divisorSum(n);
  if (s === n) perfect += n + " ";
  else if (s > n) abundant++;
  else deficient++;
}
console.log(perfect); // expect: 6 28 496 8128
console.log(abundant, deficient); // expect: 2488 7508
console.log(divisorSum(220), divisorSum(284)); // expect: 284 220
