// Printing numbers in binary with shifts.
function bin(n) {
  let s = "";
  for (let i = 31; i >= 0; i--) {
    s += (n >>> i) & 1;
  }
  return s;
}
console.log(bin(5)); // expect: 00000000000000000000000000000101
console.log(bin(-1)); // expect: 11111111111111111111111111111111
console.log(bin(-2147483648)); // expect: 10000000000000000000000000000000
console.log(bin(0x55555555)); // expect: 01010101010101010101010101010101
console.log(bin(-6)); // expect: 11111111111111111111111111111010
