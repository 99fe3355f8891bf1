// An operator whose result the next compare-and-branch reads fuses in the
// interpreter (`ArithJumpIfNot`), and so does a method call's receiver
// copy with the property load after it (`CopyGetNamed`). The fast paths
// take Smis; everything below leaves them (doubles, overflow, -0,
// strings, valueOf, a compare operand that is no Smi, throws) and must
// give node's answer, with a throw naming its line.
function trial(n) {
  let steps = 0;
  for (let d = 3; d * d <= n; d += 2) steps++;
  return steps;
}
console.log(trial(100), trial(2147483647), trial(9.5), trial(-1));
function kinds(a, b, c) {
  const out = [];
  if (a + b < c) out.push("add<");
  if (a - b >= c) out.push("sub>=");
  if (a * b > c) out.push("mul>");
  if (a % b <= c) out.push("mod<=");
  if (c < a + b) out.push("<add");
  if (c >= a * b) out.push(">=mul");
  return out.join(",");
}
console.log(kinds(3, 4, 10));
console.log(kinds(2147483647, 1, 0));
console.log(kinds(-4, 2, 0));
console.log(kinds(0.5, 0.25, 0.1));
console.log(kinds("1", "2", 12));
console.log(kinds(3, 4, "10"));
console.log(kinds(3, 4, NaN));
console.log(kinds(3, 0, 1));
const big = { valueOf: () => 100 };
console.log(kinds(big, 1, 50), kinds(1, 2, big));
function thrower(a) {
  let n = 0;
  if (a * 2 > 1) n = 1;
  return n;
}
try {
  thrower({ valueOf() { throw new Error("from valueOf"); } });
} catch (e) {
  console.log(e.message, e.stack.split("\n")[2].trim().split(":")[1]);
}
try {
  thrower(Symbol("s"));
} catch (e) {
  console.log(e.constructor.name, e.message);
}
function scan(s) {
  let sum = 0;
  for (let i = 0; i < s.length; i++) sum += s.charCodeAt(i);
  return sum;
}
console.log(scan("abc"), scan(""));
function call(o) {
  const r = o;
  return r.name();
}
console.log(call({ name: () => "own" }), call(Object.create({ name: () => "proto" })));
console.log(call({ get name() { return () => "getter"; } }));
try {
  call(null);
} catch (e) {
  console.log(e.constructor.name, e.message, e.stack.split("\n")[1].trim().split(":")[1]);
}
try {
  call({});
} catch (e) {
  console.log(e.constructor.name, e.message);
}
class Point {
  constructor(x) {
    this.x = x;
  }
  get twice() {
    return this.x * 2;
  }
  sum() {
    return this.x + this.twice;
  }
}
console.log(new Point(4).sum());
// expect: 4 23169 1 0
// expect: add<,mul>,mod<=
// expect: sub>=,mul>,mod<=,<add
// expect: add<,mod<=,>=mul
// expect: sub>=,mul>,mod<=,<add
// expect: mod<=,>=mul
// expect: add<,mul>,mod<=
// expect:
// expect: sub>=,<add,>=mul
// expect: sub>=,mul>,mod<=,<add add<,mod<=,>=mul
// expect: from valueOf 35
// expect: TypeError Cannot convert a Symbol value to a number
// expect: 294 0
// expect: own proto
// expect: getter
// expect: TypeError Cannot read properties of null (reading 'name') 56
// expect: TypeError r.name is not a function
// expect: 12
