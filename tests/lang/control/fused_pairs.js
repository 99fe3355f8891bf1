// The interpreter fuses common instruction pairs (a constant and the
// compare, operator or return that reads it; a global function and its
// undefined receiver; `this` and a property load; two copies). Each pair
// here meets operands off its fast path too, and a throw from its second
// half must name the second instruction's line.
function below(x) {
  let n = 0;
  for (let i = 0; i < 3; i++) {
    if (x < 10) n++;
    if (x <= 10) n++;
    if (x > 10) n++;
    if (x >= 10) n++;
    if (x === 10) n++;
    if (x !== 10) n++;
  }
  return n;
}
console.log(below(5), below(10), below(10.5), below("9"), below("abc"), below(undefined));
function ops(x) {
  return [x + 1, x - 1, x * 3, x % 4, x & 6, x | 8];
}
console.log(ops(7), ops(2147483647), ops(-0), ops(2.5), ops("s"), ops(null));
function noReturn() {}
console.log(noReturn());
function helper(a, b) {
  return a + b;
}
function callGlobal(n) {
  let s = 0;
  for (let i = 0; i < n; i++) s = helper(s, i);
  return s;
}
console.log(callGlobal(10), callGlobal(0));
class P {
  constructor(v) {
    this.v = v;
  }
  get twice() {
    return this.v * 2;
  }
  read() {
    return this.v;
  }
  readTwice() {
    return this.twice;
  }
}
const ps = [new P(1), new P("x"), new P(2.5)];
for (const p of ps) console.log(p.read(), p.readTwice());
const odd = Object.create(P.prototype);
console.log(odd.read(), odd.readTwice());
function swap(a, b) {
  let x = a;
  let y = b;
  x = y;
  y = a;
  return [x, y];
}
console.log(swap(1, 2));
const big = { valueOf() { throw new Error("from valueOf"); } };
function throwsInSecondHalf(x) {
  try {
    if (x < 100) return "less";
    return "not less";
  } catch (e) {
    return e.message;
  }
}
console.log(throwsInSecondHalf(1), throwsInSecondHalf(big));
function line(x) {
  return x + 1;
}
try {
  line({ valueOf() { throw new Error("deep"); } });
} catch (e) {
  console.log(e.stack.split("\n")[2].trim().split(":")[1]);
}
function unbound() {
  return missingFunction(1);
}
try {
  unbound();
} catch (e) {
  console.log(e.message, e.stack.split("\n")[1].trim().split(":")[1]);
}
// expect: 9 9 9 9 3 3
// expect: [ 8, 6, 21, 3, 6, 15 ] [ 2147483648, 2147483646, 6442450941, 3, 6, 2147483647 ] [ 1, -1, -0, -0, 0, 8 ] [ 3.5, 1.5, 7.5, 2.5, 2, 10 ] [ 's1', NaN, NaN, NaN, 0, 8 ] [ 1, -1, 0, 0, 0, 8 ]
// expect: undefined
// expect: 45 0
// expect: 1 2
// expect: x NaN
// expect: 2.5 5
// expect: undefined NaN
// expect: [ 2, 1 ]
// expect: less from valueOf
// expect: 71
// expect: missingFunction is not defined 79
