// yield is an expression: it evaluates to what the next next(v) sends (the first next's argument is dropped).
function* echo() {
  let total = 0;
  while (true) {
    const v = yield total;
    if (v === undefined) return total;
    total += v;
  }
}
const it = echo();
console.log(it.next(100).value, it.next(1).value, it.next(2).value, it.next(3).value, it.next());
function* pairs() {
  const a = yield "a?";
  const b = yield "b?";
  return [a, b, (yield "c?") + 1];
}
const p = pairs();
console.log(p.next().value, p.next("A").value, p.next("B").value, p.next(41));
// yield in operands, arguments and templates keeps evaluation order.
function* mix() {
  const o = { x: yield 1, y: [yield 2, yield 3] };
  console.log(o, `${yield 4}!`, Math.max(yield 5, yield 6));
}
const m = mix();
let r = m.next();
let n = 10;
while (!r.done) { r = m.next(n++); }
// expect: 0 1 3 6 { value: 6, done: true }
// expect: a? b? c? { value: [ 'A', 'B', 42 ], done: true }
// expect: { x: 10, y: [ 11, 12 ] } 13! 15
