// Regenerates tests/data/numconv.txt: `node tests/data/numconv_gen.js > tests/data/numconv.txt`.
// Each line is tab-separated: what, argument, parameter, node's result. Numbers are given as
// the hex of their bits; strings as their UTF-16 code units in hex, separated by '.'.
'use strict';
const buf = new DataView(new ArrayBuffer(8));
const hex = (x) => { buf.setFloat64(0, x); return buf.getBigUint64(0).toString(16); };
const units = (s) => [...Array(s.length).keys()].map((i) => s.charCodeAt(i).toString(16)).join('.') || '-';
let st = 0x9e3779b97f4a7c15n;
const next = () => { st ^= (st << 13n) & 0xffffffffffffffffn; st ^= st >> 7n; st ^= (st << 17n) & 0xffffffffffffffffn; return st; };
const rnd = () => Number(next() & 0xfffffffffffffn) / 2 ** 52;
const pick = (a) => a[Math.floor(rnd() * a.length)];
const nums = [0, -0, NaN, Infinity, -Infinity, 1, -1, 0.5, -0.5, 1.5, 2.5, 1.005, 1.45, 1.55, 0.05, 0.15, 0.25, 0.35,
  8.345, 10.235, 1.0000005, 123.456, -123.456, 0.000001, 0.0000001, 1e-7, 1.5e-7, 123e-20, 1e20, 1e21, 9.99e20,
  999999999999999900000, -1e21, 1e100, 1.7976931348623157e308, 5e-324, -5e-324, 2.2250738585072014e-308, Math.PI,
  Math.E, 0.1, 0.2, 0.3, 0.7, 0.9999999999999999, 99.99, 9.995, 0.000123, 255, 255.5, -255, 4294967295, 2 ** 53,
  2 ** 53 + 2, 2 ** 64, 2 ** 100, 1e15 + 0.3, 12345678901234567890, 0.1 + 0.2, 1 / 3, 2 / 3, 100, 1000000, 42, 7e-10];
for (let i = 0; i < 60; i++) {
  nums.push(rnd(), (rnd() - 0.5) * 2000, Math.round(rnd() * 1e6) / 1000, Math.round(rnd() * 2000 - 1000) / 8,
    Math.exp((rnd() - 0.5) * 200) * (rnd() < 0.5 ? -1 : 1), Math.exp((rnd() - 0.5) * 1400));
}
const out = [];
nums.forEach((x, i) => {
  const fixed = [0, 1, 2, 3, 5, 10, 20, 100].concat(i % 7 === 0 ? [4, 6, 8, 15, 17, 25, 50] : []);
  for (const d of fixed) out.push(`fixed\t${hex(x)}\t${d}\t${x.toFixed(d)}`);
  const prec = [1, 2, 3, 5, 7, 15, 16, 17, 21, 100].concat(i % 7 === 0 ? [4, 6, 8, 10, 12, 20, 30] : []);
  for (const p of prec) out.push(`precision\t${hex(x)}\t${p}\t${x.toPrecision(p)}`);
  out.push(`exponential\t${hex(x)}\t-\t${x.toExponential()}`);
  for (const d of [0, 1, 2, 5, 10, 16, 20, 100]) out.push(`exponential\t${hex(x)}\t${d}\t${x.toExponential(d)}`);
  const radixes = i < 70 ? [...Array(35).keys()].map((k) => k + 2) : [2, 3, 7, 16, 36, pick([5, 6, 11, 13, 20, 30, 31, 32, 35])];
  for (const r of radixes) out.push(`radix\t${hex(x)}\t${r}\t${x.toString(r)}`);
});
const strs = ['', ' ', '42', '  42  ', '-42', '+42', '-0', '0', '00', '007', '0x1F', '0X1f', '-0x1F', '+0x1F', '0x', '0xg',
  '0b101', '0B101', '0b', '0b2', '0o17', '0O17', '0o8', '1e3', '1E3', '1e+3', '1e-3', '1e', '1e+', '.5', '5.', '.', '-.5e3x',
  '-.5e3', '+.5', '1.e5', '1_000', '- 5', 'Infinity', '-Infinity', '+Infinity', 'infinity', 'Infinityx', 'INFINITY', 'NaN',
  '\t\n\v\f\r \u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeff12\u3000', '\u180e12', '12abc', 'abc', '3.14abc',
  '0.0000001', '1e-7', '123456789012345678901234567890', '0x123456789abcdef0123', '0x1fffffffffffff', '0x20000000000001',
  '0x20000000000003', '0x20000000000001000000001', '0b' + '1'.repeat(60), '9007199254740993', '9007199254740993.0000001',
  '1' + '0'.repeat(400), '1e400', '-1e400', '1e-400', '2.4703282292062328e-324', '2.4703282292062327e-324', '4.9e-324',
  '0.1', '17.5', '1,000', '١٢', '12\u0000', 'z', 'Z', 'zz', '10', 'ff', 'FF', '0x10', '0x', '-0x', ' -0xf ', '077', '08', '0.5',
  '-0.0', '1.7976931348623157e308', '1.7976931348623159e308', '3e-5000', '-', '+', '++1', '--1', '+-1', '1e1000000',
  '123456789abcdefghijklmnopqrstuvwxyz', 'zzzzzzzzzzzzzzzzzzzz', '11111111111111111111111111111111111111111111111111111111111111',
  '000' + 'z'.repeat(30), '0' + '7'.repeat(40), '00' + '6'.repeat(33), 'ABCdef' + '0'.repeat(20)];
for (let i = 0; i < 60; i++) strs.push(String(Math.floor(rnd() * 10 ** (1 + rnd() * 25))), (rnd() * 1e5).toString(36),
  (rnd() * 2 ** 60).toString(pick([3, 5, 7, 12, 36])), Math.exp((rnd() - 0.5) * 1400).toString());
for (const s of strs) {
  out.push(`number\t${units(s)}\t-\t${hex(Number(s))}`);
  out.push(`float\t${units(s)}\t-\t${hex(parseFloat(s))}`);
  out.push(`int\t${units(s)}\t-\t${hex(parseInt(s))}`);
  for (const r of [0, 1, 2, 3, 8, 10, 16, 36, 37, -1, 7, 12, 32]) out.push(`int\t${units(s)}\t${r}\t${hex(parseInt(s, r))}`);
}
console.log(out.join('\n'));
