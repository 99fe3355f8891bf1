function total(n) {
  let s = 0;
  for (let i = 0; i < n; i++) {
    s = s + 1000000;
  }
  return s;
}
console.log(total(5000)); // expect: 5000000000
