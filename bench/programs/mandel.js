// mandel: escape-time iteration counts over a 1200x1200 grid of the Mandelbrot
// set, at most 200 iterations per point -- double multiply/add/compare.
function mandel(w, h, maxIter) {
  let total = 0;
  for (let y = 0; y < h; y++) {
    let ci = y * 2.0 / h - 1.0;
    for (let x = 0; x < w; x++) {
      let cr = x * 3.0 / w - 2.0;
      let zr = 0.0, zi = 0.0, n = 0;
      while (n < maxIter) {
        let zr2 = zr * zr, zi2 = zi * zi;
        if (zr2 + zi2 > 4.0) break;
        zi = 2.0 * zr * zi + ci;
        zr = zr2 - zi2 + cr;
        n++;
      }
      total += n;
    }
  }
  return total;
}
console.log(mandel(1200, 1200, 200));
