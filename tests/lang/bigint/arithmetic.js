// The arithmetic, bitwise and shift operators on two BigInts: truncating
// division, remainder with the dividend's sign, two's complement bits, and
// ++/-- on locals, globals, captured variables and properties.
console.log(1n + 2n, 5n - 7n, 6n * 7n, 7n / 2n, -7n / 2n, 7n % 3n, -7n % 3n, 7n % -3n);
console.log(2n ** 64n, (-2n) ** 3n, 0n ** 0n, 1n ** 1000000000n, (-1n) ** 1000000001n);
console.log(5n & 3n, 5n | 3n, 5n ^ 3n, ~5n, ~-1n, -5n & 0xffn, -5n | 2n, -6n ^ 3n);
console.log(1n << 100n, -5n >> 1n, -1n >> 1000n, 5n >> -2n, 5n << -1n, 1n >> 100000000000n);
console.log(-(-3n), -0n, - - 4n);
let x = 10n;
x++;
++x;
x--;
console.log(x, x++, x, --x);
var g = 5n;
g++;
console.log(g, g--, g);
function counter() {
  let c = 0n;
  return () => ++c;
}
const next = counter();
next();
console.log(next(), next());
const o = { n: 1n, a: [2n] };
o.n++;
o.a[0] *= 10n;
o.n **= 3n;
console.log(o);
let acc = 0n;
for (let i = 0n; i < 50n; i++) acc += i * i - (i >> 1n);
console.log(acc);
let f = 1n;
for (let i = 1n; i <= 25n; ++i) f *= i;
console.log(f, f % 1000007n, f / 12345678901234567n);
const v = { valueOf() { return 6n; } };
console.log(v * 7n, v + 1n, v - 1n, -v, ~v, v ** 2n);
// expect: 3n -2n 42n 3n -3n 1n -1n 1n
// expect: 18446744073709551616n -8n 1n 1n -1n
// expect: 1n 7n 6n -6n 0n 251n -5n -7n
// expect: 1267650600228229401496703205376n -3n -1n 20n 2n 0n
// expect: 3n 0n 4n
// expect: 11n 11n 12n 11n
// expect: 6n 6n 5n
// expect: 2n 3n
// expect: { n: 8n, a: [ 20n ] }
// expect: 39825n
// expect: 15511210043330985984000000n 913534n 1256408024n
// expect: 42n 7n 5n -6n -7n 36n
