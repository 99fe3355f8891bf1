// Getters called directly from compiled property sites (the get_named
// stencil's getter cache), and every way that call must give way.
class Base {
  constructor(v) { this.v = v; }
  get twice() { return this.v * 2; }
  get deep() { return this.twice + this.v; }
}
class A extends Base { }
class B extends Base { constructor(v) { super(v); this.w = 1; } }
function sum(xs, n) {
  let t = 0;
  for (let r = 0; r < n; r++) for (let i = 0; i < xs.length; i++) t += xs[i].deep;
  return t;
}
const xs = [new A(1), new B(2), new Base(3), { v: 4, get deep() { return 100; } }];
console.log(sum(xs, 600));
// A getter replaced by a data property on the prototype: the shape moves.
Object.defineProperty(Base.prototype, "deep", { value: 7, writable: true, configurable: true });
console.log(sum(xs, 600));
// A getter replaced by another getter in place.
Object.defineProperty(Base.prototype, "deep", { get() { return this.v; }, configurable: true });
console.log(sum(xs, 600));
Object.defineProperty(Base.prototype, "deep", { get() { return -this.v; }, configurable: true });
console.log(sum(xs, 600));
// Getters that cannot be entered directly: one reading `arguments`, one
// with a parameter, a class constructor (TypeError), a bound function.
const o = { v: 5 };
Object.defineProperty(o, "args", { get: function () { return arguments.length + this.v; } });
Object.defineProperty(o, "param", { get: function (p) { return p === undefined ? this.v : 0; } });
let u = 0;
for (let i = 0; i < 2000; i++) u += o.args + o.param;
console.log(u);
class K { }
const ok = {};
Object.defineProperty(ok, "k", { get: K });
function readK(x) { return x.k; }
for (let i = 0; i < 1500; i++) {
  try { readK(ok); } catch (e) { if (i === 1499) console.log(e.constructor.name, e.message); }
}
const bound = { v: 9 };
Object.defineProperty(bound, "b", { get: function () { return this.v; }.bind({ v: 11 }) });
let bs = 0;
for (let i = 0; i < 1500; i++) bs += bound.b;
console.log(bs);
function frame(line) {
  const t = line.trim();
  return t.slice(0, t.indexOf("(") + 1) + t.slice(t.lastIndexOf("/") + 1);
}
// A getter that throws, from a direct call: the handler and the stack.
class T { get bad() { if (this.n > 1400) throw new RangeError("bad " + this.n); return this.n; } }
function readBad(t) { return t.bad; }
const t = new T();
let last = "";
try { for (t.n = 0; t.n < 2000; t.n++) readBad(t); } catch (e) {
  last = e.message;
  const ls = e.stack.split("\n");
  // (The getter's own frame is left out: node names it `get bad [as bad]`.)
  console.log([ls[0], frame(ls[2]), frame(ls[3])].join("|"));
}
console.log(last);
// Recursion through getters ends in a RangeError, as a call does.
const rec = { get r() { return this.r + 1; } };
try { rec.r; } catch (e) { console.log(e.constructor.name, e.message); }
// expect: 70800
// expect: 72600
// expect: 63600
// expect: 56400
// expect: 20000
// expect: TypeError Class constructor K cannot be invoked without 'new'
// expect: 16500
// expect: RangeError: bad 1401|at readBad (getter_calls.js:51:32)|at Object.<anonymous> (getter_calls.js:54:40)
// expect: bad 1401
// expect: RangeError Maximum call stack size exceeded
