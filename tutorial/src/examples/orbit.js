// Escape times of z -> z*z + c over a small grid: double multiply, add
// and compare in a hot loop, as in bench/programs/mandel.js.
function orbit(w, h, maxIter) {
  let total = 0;
  for (let y = 0; y < h; y++) {
    const ci = y * 2.0 / h - 1.0;
    for (let x = 0; x < w; x++) {
      const cr = x * 3.0 / w - 2.0;
      let zr = 0.0, zi = 0.0, n = 0;
      while (n < maxIter && zr * zr + zi * zi <= 4.0) {
        const t = zr * zr - zi * zi + cr;
        zi = 2.0 * zr * zi + ci;
        zr = t;
        n++;
      }
      total += n;
    }
  }
  return total;
}
console.log(orbit(60, 40, 100)); // expect: 73545
