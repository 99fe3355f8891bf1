function halfSum(n) {
  let sum = 0;
  for (let i = 1; i <= n; i++) {
    sum = sum + i / 2;
  }
  return sum;
}
console.log(halfSum(3000)); // expect: 2250750
