// Allocation churn: millions of short-lived heap doubles (every iteration
// boxes its results), a few long-lived ones kept in an array and an
// object, and representation changes (double -> Smi -> double). Run under
// --gc-stress too, where every allocation collects.
function churn(n) {
  const keep = [];
  const acc = { sum: 0.5, prod: 1.5 };
  let x = 0.25;
  for (let i = 0; i < n; i++) {
    x = x * 1.0001 + 0.5;
    if (x > 1000) x = x - 999.75;
    acc.sum = acc.sum + x / 3;
    if (i % 1000 === 0) keep.push(x + 0.125);
    const back = (x - x) + i;
    if (back !== i) console.log("representation bug at", i);
  }
  let total = 0;
  for (let i = 0; i < keep.length; i++) total = total + keep[i];
  return [Math.floor(acc.sum), keep.length, Math.floor(total)];
}
console.log(churn(20000).join(" "));
// expect: 3224550 20 8951
