// Hot functions that see Smis and doubles first (so compiled code has its
// Smi and double fast paths in place), then BigInts: each operator must
// leave those paths for the generic runtime, in every tier.
function add(a, b) { return a + b; }
function sub1(a) { return a - 1; }
function dec(a) { a--; return a; }
function mul(a, b) { return a * b; }
function div(a, b) { return a / b; }
function lt(a, b) { return a < b; }
function le(a, b) { if (a <= b) return "le"; return "gt"; }
function eq(a, b) { return a === b; }
function ne(a, b) { return a != b; }
function neg(a) { return -a; }
function not(a) { return a ? 1 : 0; }
function band(a, b) { return a & b; }
function shl(a, b) { return a << b; }
function inc(a) { return ++a; }
let sink = 0;
for (let i = 0; i < 3000; i++) {
  sink += add(i, 1) + add(i + 0.5, 1) + sub1(i) + dec(i + 0.25) + mul(i, 3) + div(i, 4) + neg(i + 0.5);
  sink += (lt(i, 5) ? 1 : 0) + (le(i, 2.5) === "le" ? 1 : 0) + (eq(i, i) ? 1 : 0) + (ne(i, 1.5) ? 1 : 0);
  sink += not(i) + not(i + 0.5) + band(i, 7) + shl(i, 1) + inc(i) + inc(i + 0.5);
}
console.log(sink);
const big = 2n ** 70n;
console.log(add(big, 1n), add(1n, 2n), mul(big, big), div(big, 3n), neg(big), inc(big), dec(5n));
console.log(lt(1n, 2n), lt(2n, 1), lt(big, 1e30), le(1n, 1), le(2n, 1.5), eq(big, 2n ** 70n), eq(1n, 1), ne(1n, 1), ne(0n, 0.5));
console.log(not(0n), not(-0n), not(big), band(-1n, 255n), shl(1n, 65n));
for (const f of [() => sub1(5n), () => add(1n, 1), () => mul(2, 3n), () => lt(1n, Symbol())]) {
  try {
    console.log(f());
  } catch (e) {
    console.log(e.name, e.message);
  }
}
let total = 0n;
for (let i = 0; i < 2000; i++) total += BigInt(i) * big;
console.log(total, total === 1999000n * big);
// expect: 46140382
// expect: 1180591620717411303425n 3n 1393796574908163946345982392040522594123776n 393530540239137101141n -1180591620717411303424n 1180591620717411303425n 4n
// expect: true false true le gt true false false true
// expect: 0 0 1 255n 36893488147419103232n
// expect: TypeError Cannot mix BigInt and other types, use explicit conversions
// expect: TypeError Cannot mix BigInt and other types, use explicit conversions
// expect: TypeError Cannot mix BigInt and other types, use explicit conversions
// expect: TypeError Cannot convert a Symbol value to a number
// expect: 2360002649814105195544576000n true
