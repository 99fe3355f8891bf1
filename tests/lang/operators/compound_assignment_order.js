// `x op= v` reads x before it evaluates v, even when v assigns x
// (found by the differential program generator: locals read x afterwards).
{ let x = 1; x += (x = 2); console.log(x); } // expect: 3
function f(p) { p -= p++; return p; }
console.log(f(5)); // expect: 0
function locals() {
  let x = 1;
  x = x + (x = 2);
  let y = 5;
  y *= y++;
  let z = 5;
  z += ++z;
  let w = 1;
  w += (w += 1);
  let v = 2;
  v **= (v = 3);
  let u = 1;
  u += (u = 2) + (u += 3);
  let s = "a";
  s += (s = "b");
  console.log(x, y, z, w, v, u, s); // expect: 3 25 11 3 8 8 ab
}
locals();
function params(a, b) {
  a <<= (a = 1);
  b |= b++;
  a -= (a -= 1) - (a = 10);
  return a + " " + b;
}
console.log(params(3, 6)); // expect: 11 6
for (let i = 1; i < 10; i++) {
  i += i++;
  console.log(i); // expect: 2
  i *= (i = 100);
}
var total = 0;
for (var k = 1; k < 3; k++) { total += (total = 10) + k; }
console.log(total); // expect: 23
// A call cannot assign a local (no closures), but it can assign a global:
// the global's old value is still the one read.
var g = 1;
function bump() { g = 10; return 1; }
g += bump();
console.log(g); // expect: 2
function useGlobal() { g -= bump() + g; return g; }
console.log(useGlobal()); // expect: -9
// Assigning another variable keeps the short form and the right answer.
function other() { let a = 1, b = 2; a += (b = 5); b -= b--; return a + " " + b; }
console.log(other()); // expect: 6 0
