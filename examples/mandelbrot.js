// ASCII Mandelbrot set, 64 columns by 24 rows, built one line at a time
// with string concatenation.
const W = 64, H = 24, MAX = 200;
function shade(n) {
  if (n >= MAX) return "#";
  if (n > 20) return "%";
  if (n > 10) return "+";
  if (n > 5) return "-";
  if (n > 3) return ".";
  return " ";
}
for (let row = 0; row < H; row++) {
  let line = "";
  let ci = ((row + 0.5) / H) * 2.4 - 1.2;
  for (let col = 0; col < W; col++) {
    let cr = ((col + 0.5) / W) * 3.0 - 2.1;
    let zr = 0, zi = 0, n = 0;
    while (n < MAX && zr * zr + zi * zi <= 4) {
      let t = zr * zr - zi * zi + cr;
      zi = 2 * zr * zi + ci;
      zr = t;
      n++;
    }
    line += shade(n);
  }
  console.log(line);
}
