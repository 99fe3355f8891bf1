// Perfect numbers (equal to the sum of their proper divisors) and
// amicable pairs below 20000.
function divisorSum(n) {
  if (n < 2) return 0;
  let s = 1;
  for (let d = 2; d * d <= n; d++) {
    if (n % d === 0) {
      s += d;
      let other = n / d;
      if (other !== d) s += other;
    }
  }
  return s;
}
let perfect = "";
for (let n = 2; n < 20000; n++) {
  if (divisorSum(n) === n) perfect += n + " ";
}
console.log("perfect numbers:", perfect);
for (let a = 2; a < 20000; a++) {
  let b = divisorSum(a);
  if (b > a && b < 20000 && divisorSum(b) === a) console.log("amicable pair:", a, b);
}
