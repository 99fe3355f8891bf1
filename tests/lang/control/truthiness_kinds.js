// if/while/! on every kind of value, hot enough to be compiled: the jump
// stencils decide undefined, null, Smis and objects inline, strings and
// doubles through the helper.
function t(v) { let n = 0; for (let i = 0; i < 3; i++) { if (v) n++; if (!v) n += 10; while (v) { n += 100; break; } } return n; }
const vals = [0, 1, -1, 0.0, -0, NaN, 0.5, '', 'a', null, undefined, {}, [], () => 1, true, false, Symbol('s'), new Boolean(false), 2 ** 31, -(2 ** 31)];
const out = [];
for (let k = 0; k < 2000; k++) for (const v of vals) out.push(t(v));
console.log(out.slice(0, vals.length).join(','), out.reduce((a, b) => a + b, 0));
// expect: 30,303,303,30,30,30,303,30,303,30,30,303,303,303,303,30,303,303,303,303 7752000
