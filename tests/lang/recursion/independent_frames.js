// Every call has its own locals and parameters.
function f(n) {
  let local = n * 10;
  if (n > 0) f(n - 1);
  return local;
}
console.log(f(5)); // expect: 50
function sumDigits(n) {
  let d = n % 10;
  let rest = (n - d) / 10;
  if (rest === 0) return d;
  let inner = sumDigits(rest);
  return d + inner;
}
console.log(sumDigits(987654321)); // expect: 45
