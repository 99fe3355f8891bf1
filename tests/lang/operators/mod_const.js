// `%` by a constant divisor (`x % 7`), compiled with a reciprocal
// multiply and a checked remainder: dividends across the int32 range,
// every small divisor, powers of two, the largest Smi divisor, negative
// dividends and -0, doubles, strings and objects (the cold path), a
// divisor that is a variable (not this stencil), 1 and 0, and a loop
// whose dividend overflows to a double.
function m7(x) {
  return x % 7;
}
function table(x) {
  return [x % 2, x % 3, x % 10, x % 16, x % 1000003, x % 2147483647, x % 1, x % 0];
}
let h = 0;
for (let i = 0; i < 20000; i++) {
  const x = (i * 2654435761) % 2147483648;
  h = (h * 31 + m7(x) + (x % 10) + (x % 65536) + (i % 3)) % 1000000007;
}
console.log(h);
for (const x of [0, 1, 6, 7, 8, 2147483646, 2147483647, -1, -7, -8, -2147483648, 0.5, 7.5, -0, 1e10, -1e10, NaN, Infinity]) {
  console.log(x, m7(x), Object.is(m7(x), -0), table(x).join(","));
}
console.log(m7("15"), m7(true), m7(null), m7(undefined), m7({ valueOf: () => 22 }), m7([9]));
let s = 0;
for (let k = 0; k < 5000; k++) s = (s * 31 + k) % 1000003;
console.log(s);
function sumList(list) {
  let t = 0;
  let pos = 0;
  for (let node = list; node !== null; node = node.next) {
    t = (t + node.value * (pos % 7 + 1)) % 1000003;
    pos = pos + 1;
  }
  return t;
}
let list = null;
for (let i = 0; i < 3000; i++) list = { value: i * 7919, next: list };
console.log(sumList(list));
// expect: 991770216
// expect: 0 0 false 0,0,0,0,0,0,0,NaN
// expect: 1 1 false 1,1,1,1,1,1,0,NaN
// expect: 6 6 false 0,0,6,6,6,6,0,NaN
// expect: 7 0 false 1,1,7,7,7,7,0,NaN
// expect: 8 1 false 0,2,8,8,8,8,0,NaN
// expect: 2147483646 0 false 0,0,6,14,477205,2147483646,0,NaN
// expect: 2147483647 1 false 1,1,7,15,477206,0,0,NaN
// expect: -1 -1 false -1,-1,-1,-1,-1,-1,0,NaN
// expect: -7 -0 true -1,-1,-7,-7,-7,-7,0,NaN
// expect: -8 -1 false 0,-2,-8,-8,-8,-8,0,NaN
// expect: -2147483648 -2 false 0,-2,-8,0,-477207,-1,0,NaN
// expect: 0.5 0.5 false 0.5,0.5,0.5,0.5,0.5,0.5,0.5,NaN
// expect: 7.5 0.5 false 1.5,1.5,7.5,7.5,7.5,7.5,0.5,NaN
// expect: -0 -0 true 0,0,0,0,0,0,0,NaN
// expect: 10000000000 4 false 0,1,0,0,970003,1410065412,0,NaN
// expect: -10000000000 -4 false 0,-1,0,0,-970003,-1410065412,0,NaN
// expect: NaN NaN false NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN
// expect: Infinity NaN false NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN
// expect: 1 1 0 NaN 1 2
// expect: 479161
// expect: 46641
