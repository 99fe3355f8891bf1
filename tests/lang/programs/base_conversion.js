// Printing numbers in other bases with a digit lookup built from comparisons.
function digit(d) {
  if (d < 10) return "" + d;
  if (d === 10) return "a";
  if (d === 11) return "b";
  if (d === 12) return "c";
  if (d === 13) return "d";
  if (d === 14) return "e";
  return "f";
}
function toBase(n, base) {
  if (n === 0) return "0";
  let neg = n < 0;
  if (neg) n = -n;
  let s = "";
  while (n > 0) { s = digit(n % base) + s; n = (n - n % base) / base; }
  return neg ? "-" + s : s;
}
console.log(toBase(255, 16), toBase(255, 2), toBase(255, 8)); // expect: ff 11111111 377
console.log(toBase(-42, 16)); // expect: -2a
console.log(toBase(0xdeadbeef, 16)); // expect: deadbeef
console.log(toBase(2 ** 40, 16)); // expect: 10000000000
console.log(toBase(-1 >>> 0, 2).length); // expect: 32
