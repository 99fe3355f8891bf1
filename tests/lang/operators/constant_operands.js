// `x + 1`, `x - 3`, `x * 31`, `i < 10` and `node !== null` with a constant
// on the right: compiled code takes the constant as an immediate and, when
// nothing reads its register afterwards, never stores it there (the slow
// paths do). Every other kind of left operand -- a double, a string, an
// object, an overflow, -0 -- must still answer as node does. Each function
// runs often enough to be compiled.
function inc(x) {
  return x + 1;
}
function dec3(x) {
  return x - 3;
}
function times31(x) {
  return x * 31;
}
function timesMinus2(x) {
  return x * -2;
}
function small(x) {
  if (x < 10) return "lt";
  if (x <= 20) return "le";
  if (x > 100) return "gt";
  if (x >= 50) return "ge";
  return "mid";
}
function isNull(x) {
  return x !== null ? "some" : "null";
}
function isUndef(x) {
  if (x === undefined) return "undef";
  return "def";
}
function isTrue(x) {
  if (x === true) return "T";
  return "-";
}
// A loop whose constants' registers are dead after their use, across the
// back edge: sum.js's shape.
function weighted(list) {
  let s = 0;
  let pos = 0;
  let node = list;
  while (node !== null) {
    s = (s + node.value * (pos % 7 + 1)) % 1000003;
    pos = pos + 1;
    node = node.next;
  }
  return s;
}
// The constant's register is read again after the use: it must be stored.
function reuse(x) {
  let k = 5;
  const y = x + k;
  return y * k + k;
}
const inputs = [0, 1, -1, 7, 2147483647, -2147483648, 0.5, -0, "s", "12", null, undefined, true, [3], { v: 1 }, NaN, 1e300];
let log = [];
for (let round = 0; round < 1500; round++) {
  log = [];
  for (const x of inputs) {
    log.push([inc(x), dec3(x), times31(x), timesMinus2(x), small(x), isNull(x), isUndef(x), isTrue(x)].map(String).join(","));
  }
}
for (const line of log) console.log(line);
// expect: 1,-3,0,0,lt,some,def,-
// expect: 2,-2,31,-2,lt,some,def,-
// expect: 0,-4,-31,2,lt,some,def,-
// expect: 8,4,217,-14,lt,some,def,-
// expect: 2147483648,2147483644,66571993057,-4294967294,gt,some,def,-
// expect: -2147483647,-2147483651,-66571993088,4294967296,lt,some,def,-
// expect: 1.5,-2.5,15.5,-1,lt,some,def,-
// expect: 1,-3,0,0,lt,some,def,-
// expect: s1,NaN,NaN,NaN,mid,some,def,-
// expect: 121,9,372,-24,le,some,def,-
// expect: 1,-3,0,0,lt,null,def,-
// expect: NaN,NaN,NaN,NaN,mid,some,undef,-
// expect: 2,-2,31,-2,lt,some,def,T
// expect: 31,0,93,-6,lt,some,def,-
// expect: [object Object]1,NaN,NaN,NaN,mid,some,def,-
// expect: NaN,NaN,NaN,NaN,mid,some,def,-
// expect: 1e+300,1e+300,3.1e+301,-2e+300,gt,some,def,-
let negZero = "";
for (let round = 0; round < 3000; round++) {
  negZero = [Object.is(times31(-0), -0), Object.is(timesMinus2(0), -0), Object.is(times31(0), 0)].join(" ");
}
console.log(negZero); // expect: true true true
let list = null;
for (let i = 0; i < 3000; i++) list = { value: i, next: list };
let total = 0;
for (let round = 0; round < 20; round++) total = (total + weighted(list)) % 1000003;
console.log(total); // expect: 638963
let r = 0;
for (let i = 0; i < 5000; i++) r = reuse(i);
console.log(r); // expect: 25025
// A constant too big for `AddImm` (an i16): `Sub` with the immediate.
function decBig(x) {
  return x - 100000;
}
let big = "";
for (let round = 0; round < 3000; round++) {
  big = [decBig(5), decBig(-2147483648), decBig(0.5), decBig("7"), decBig(null)].join(" ");
}
console.log(big); // expect: -99995 -2147583648 -99999.5 -99993 -100000
