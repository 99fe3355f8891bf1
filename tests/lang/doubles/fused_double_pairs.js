// A constant loaded for the compare-and-branch or operator after it fuses
// in the interpreter; the fused arm also takes two numbers one of which is
// a double (NaN and -0 included), and leaves anything else to the plain
// instruction.
function f(x) {
  let r = [];
  if (x > 4) r.push("gt");
  if (x <= 4) r.push("le");
  if (x < 0.5) r.push("lt");
  if (x >= 2.5) r.push("ge");
  r.push(2 * x, x + 1.5, x - 0.25, 2.5 * x);
  return r;
}
console.log(f(1.5));
// expect: [ 'le', 3, 3, 1.25, 3.75 ]
console.log(f(NaN));
// expect: [ NaN, NaN, NaN, NaN ]
console.log(f(-0));
// expect: [ 'le', 'lt', -0, 1.5, -0.25, -0 ]
console.log(f(4.5));
// expect: [ 'gt', 'ge', 9, 6, 4.25, 11.25 ]
console.log(f("3"));
// expect: [ 'le', 'ge', 6, '31.5', 2.75, 7.5 ]
console.log(f(2147483647));
// expect: [ 'gt', 'ge', 4294967294, 2147483648.5, 2147483646.75, 5368709117.5 ]
let z = 0.1;
let n = 0;
while (z < 1.05) {
  z = z + 0.1;
  n++;
}
console.log(n, z);
// expect: 10 1.0999999999999999
