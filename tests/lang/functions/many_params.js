// Functions with many parameters.
function sum10(a, b, c, d, e, f, g, h, i, j) {
  return a + b + c + d + e + f + g + h + i + j;
}
console.log(sum10(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)); // expect: 55
console.log(sum10.length); // expect: 10
function joined(a, b, c, d, e) { return "" + a + b + c + d + e; }
console.log(joined("v", 1, true, null)); // expect: v1truenullundefined
