// A bitwise operator's number literal is used as ToInt32 makes it (the
// compiler loads it so: `x & 0xffffffff` stays on the Smi paths); the
// results, and the other operand's conversions, are JavaScript's.
let seed = 49734321;
function rnd() {
  seed = ((seed + 0x7ed55d16) + (seed << 12)) & 0xffffffff;
  seed = ((seed ^ 0xc761c23c) ^ (seed >>> 19)) & 0xffffffff;
  seed = ((seed + 0x165667b1) + (seed << 5)) & 0xffffffff;
  return (seed & 0xfffffff) / 0x10000000;
}
let s = 0;
for (let i = 0; i < 3000; i++) s += rnd();
console.log(s, seed); // expect: 1507.0713627450168 1095551414
console.log(5 & -0, -0 | 0, 7 >>> 4294967297, 1 << 33, 1 << -1, 1.5 | 0, 2 ** 32 | 1); // expect: 0 0 3 2 -2147483648 1 1
console.log(4294967296.5 & 3, -1 >>> 0, 1 >>> -0, NaN | 0, Infinity & 1, 1e21 ^ 5, -2147483649 | 0); // expect: 0 4294967295 1 0 0 -559939579 2147483647
const o = { valueOf() { console.log("valueOf"); return 3; } };
console.log(o & 0xffffffff, 0xffffffff & o, o << 0x100000001);
// expect: valueOf
// expect: valueOf
// expect: valueOf
// expect: 3 3 6
