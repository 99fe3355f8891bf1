// Regenerates tests/data/math.txt: `node tests/data/math_gen.js > tests/data/math.txt`.
// Each line: name, the argument bit patterns, the result's bit pattern (hex), as node computes them.
'use strict';
const buf = new DataView(new ArrayBuffer(8));
const hex = (x) => { buf.setFloat64(0, x); return buf.getBigUint64(0).toString(16); };
let s = 0x2545f491n;
const next = () => { s ^= (s << 13n) & 0xffffffffffffffffn; s ^= s >> 7n; s ^= (s << 17n) & 0xffffffffffffffffn; return s; };
const rnd = () => Number(next() & 0xfffffffffffffn) / 2 ** 52;
const special = [0, -0, 1, -1, 0.5, -0.5, 1.5, 2.5, -2.5, 0.49999999999999994, -0.49999999999999994, 2, 3, 10, 0.1, -0.1,
  Math.PI, -Math.PI, Math.PI / 2, Math.PI / 4, Math.E, 1e-300, -1e-300, 5e-324, -5e-324, 2.2250738585072014e-308,
  1e300, -1e300, Number.MAX_VALUE, -Number.MAX_VALUE, Infinity, -Infinity, NaN, 709.78, 710, -745.2, -746, 88.7,
  1e-10, 1e-20, 2 ** 52, 2 ** 53, 2 ** 53 + 2, 4503599627370497, -4503599627370497, 2 ** 31, -(2 ** 31), 2 ** 32,
  4294967295, 1e22, 1e308, 0.7, 0.9999999999999999, 1.0000000000000002, 1e5, 1e10, 1e15, 1e17, 3.3e19];
const inputs = [...special];
for (let i = 0; i < 80; i++) {
  const r = rnd();
  inputs.push(r, -r, r * 10, -r * 4, r * 1000 - 500, r * 1e6, Math.exp((rnd() - 0.5) * 1400) * (rnd() < 0.5 ? -1 : 1));
  inputs.push(Math.round(r * 2000 - 1000) / 2);
}
const unary = ['abs', 'acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cbrt', 'ceil', 'clz32', 'cos', 'cosh', 'exp',
  'expm1', 'floor', 'fround', 'log', 'log1p', 'log10', 'log2', 'round', 'sign', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'trunc'];
const out = [];
for (const f of unary) for (const x of inputs) out.push(`${f} ${hex(x)} ${hex(Math[f](x))}`);
const pairs = [];
for (let i = 0; i < special.length; i++) for (let j = 0; j < special.length; j += 3) pairs.push([special[i], special[(i + j) % special.length]]);
for (let i = 0; i < 500; i++) pairs.push([inputs[Math.floor(rnd() * inputs.length)], inputs[Math.floor(rnd() * inputs.length)]]);
for (let i = 0; i < 200; i++) pairs.push([rnd() * 20, Math.round(rnd() * 40 - 20)], [rnd() * 3, rnd() * 100 - 50]);
for (const f of ['atan2', 'pow', 'imul', 'max', 'min', 'hypot']) for (const [a, b] of pairs) out.push(`${f} ${hex(a)} ${hex(b)} ${hex(Math[f](a, b))}`);
for (let i = 0; i < 300; i++) {
  const xs = [];
  const n = Math.floor(rnd() * 5);
  for (let k = 0; k < n; k++) xs.push(inputs[Math.floor(rnd() * inputs.length)]);
  for (const f of ['max', 'min', 'hypot']) out.push(`${f} ${xs.map(hex).join(' ')}${n ? ' ' : ''}${hex(Math[f](...xs))}`);
}
console.log(out.join('\n'));
