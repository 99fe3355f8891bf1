function halfSum(n) {
  let sum = 0;
  for (let i = 1; i <= n; i++) {
    sum = sum + i;
  }
  return sum / 2;
}
console.log(halfSum(3000)); // expect: 2250750
