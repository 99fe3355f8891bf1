// Blocks nested inside functions.
function f(n) {
  let result = "start";
  if (n > 0) {
    let result = "shadow";
    result = result + n;
  }
  {
    let extra = "!";
    result = result + extra;
  }
  return result;
}
console.log(f(1)); // expect: start!
function g(n) {
  let s = 0;
  for (let i = 0; i < n; i++) {
    let s = i;
    s = s * 100;
  }
  return s;
}
console.log(g(5)); // expect: 0
