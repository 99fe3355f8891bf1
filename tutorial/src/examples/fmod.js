// `%` with a fractional divisor (the stencil's double path leaves it to
// the helper): the result takes the dividend's sign.
function rem(a, b) {
  return a % b;
}
let t = 0;
for (let i = 0; i < 3000; i++) t += rem(i + 0.5, 7.25);
console.log(t, rem(-5.5, 2), rem(5.5, -2), rem(-4, 2)); // expect: 10495.5 -1.5 1.5 -0
