// return leaves the function immediately, even from loops.
function find(limit) {
  let i = 0;
  while (true) {
    if (i * i > limit) return i;
    i++;
  }
}
console.log(find(50)); // expect: 8
function firstDivisor(n) {
  for (let d = 2; d < n; d++) {
    if (n % d === 0) return d;
  }
  return n;
}
console.log(firstDivisor(91), firstDivisor(97)); // expect: 7 97
function check(n) {
  if (n < 0) { return "negative"; }
  else if (n === 0) { return "zero"; }
  return "positive";
  console.log("unreachable");
}
console.log(check(-1), check(0), check(1)); // expect: negative zero positive
