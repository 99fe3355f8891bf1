// Parameters and locals shadow globals of the same name.
let x = 10;
let y = 20;
function f(x) {
  x = x + 1;
  let y = 1;
  return x + y;
}
console.log(f(1)); // expect: 3
console.log(x, y); // expect: 10 20
function g(n) {
  n = 99;
  return n;
}
let m = 5;
console.log(g(m), m); // expect: 99 5
function h(a) { var a; return a; }
console.log(h(7)); // expect: 7
