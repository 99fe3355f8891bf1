// Recursion 10,000 levels deep must work.
function depth(n) {
  if (n === 0) return 0;
  return 1 + depth(n - 1);
}
console.log(depth(10000)); // expect: 10000
function sumTo(n) {
  if (n === 0) return 0;
  let here = n;
  return here + sumTo(n - 1);
}
console.log(sumTo(5000)); // expect: 12502500
function countdown(n, acc) {
  if (n === 0) return acc;
  return countdown(n - 1, acc + "");
}
console.log(countdown(5000, "done")); // expect: done
