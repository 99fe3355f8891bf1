// == and != of every pair of a mix of values, hot enough to be compiled: the
// stencils' identity cases (objects, null, undefined) and the rest.
function t(a, b) { const e = a == b, n = a != b; return (e ? 'E' : 'n') + (n ? 'N' : 'e'); }
const o = {}, p = {}, arr = [1], s = 'x', d = 1.5, nan = NaN, f = function () {};
const vals = [o, p, arr, s, d, nan, f, 0, 1, -0, undefined, null, true, false, '', '1', '1.5', 1.5, { valueOf() { return 1; } }, { toString() { return 'x'; } }, [1.5], 'x'];
let out = [];
for (let k = 0; k < 6; k++) for (const a of vals) for (const b of vals) out.push(t(a, b));
console.log(out.join('').length, out.slice(0, 484).join(''));
// expect: 5808 EenNnNnNnNnNnNnNnNnNnNnNnNnNnNnNnNnNnNnNnNnNnNEenNnNnNnNnNnNnNnNnNnNnNnNnNnNnNnNnNnNnNnNnNnNEenNnNnNnNnNEenNnNnNEenNnNEenNnNnNnNnNnNnNnNnNEenNnNnNnNnNnNnNnNnNnNnNnNnNnNnNEenNEenNnNnNnNEenNnNnNnNnNnNnNnNnNnNnNEeEenNnNEenNnNnNnNnNnNnNnNnNnNnNnNnNnNnNnNnNnNnNnNnNnNnNnNnNnNnNnNnNEenNnNnNnNnNnNnNnNnNnNnNnNnNnNnNnNnNnNnNnNnNnNEenNEenNnNnNEeEenNnNnNnNnNnNnNnNnNEenNnNnNnNnNEenNnNnNEenNnNEenNnNEenNnNnNnNnNnNnNnNnNnNEenNEenNnNnNEeEenNnNnNnNnNnNnNnNnNnNnNnNnNnNnNnNnNEeEenNnNnNnNnNnNnNnNnNnNnNnNnNnNnNnNnNnNnNnNEeEenNnNnNnNnNnNnNnNnNnNnNnNEenNnNnNnNnNEenNnNnNEenNnNEenNnNEenNnNnNnNnNnNnNnNnNnNEenNEenNnNnNEeEenNnNnNnNnNnNnNnNnNnNnNnNnNnNEenNEenNnNnNEeEenNnNnNnNnNnNnNnNnNEenNnNnNnNnNEenNnNnNEenNnNEenNnNEenNnNnNnNnNnNnNEenNnNnNnNnNnNnNnNnNnNnNEeEenNnNEenNnNnNnNnNEenNnNnNnNnNnNnNnNnNnNnNEeEenNnNEenNnNnNnNnNnNnNnNnNEenNnNnNEenNnNEenNnNEenNnNnNnNnNnNEenNnNnNnNnNnNnNnNnNnNnNnNnNnNnNEenNEenNnNnNnNEenNnNnNnNnNnNnNnNnNnNnNEeEenNnNEenNnNnNnNEenNnNnNnNnNnNnNnNnNnNnNnNnNnNnNEenNEe
