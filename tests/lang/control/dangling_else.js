// An else binds to the nearest if.
function f(a, b) {
  if (a)
    if (b) return "a and b";
    else return "a not b";
  return "not a";
}
console.log(f(true, true)); // expect: a and b
console.log(f(true, false)); // expect: a not b
console.log(f(false, true)); // expect: not a
