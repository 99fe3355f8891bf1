// `new F()` of plain functions entered as calls (both tiers): the object
// made for `this`, a result that is an object or not, new.target, a
// throwing constructor's frame name, and a deep chain of constructions.
function P(x) { this.x = x; }
P.prototype.get = function () { return this.x; };
function R(x) { this.y = 1; return { r: x }; }
function Q(x) { this.q = x; return 5; }
function NT() { this.nt = new.target === NT; }
function T(n) { if (n > 0) return new T(n - 1); this.leaf = true; }
function Thrower() { throw new Error("ctor threw"); }
function ProtoNum() { this.a = 1; }
ProtoNum.prototype = 3;
function Args() { this.n = arguments.length; this.s = Array.prototype.join.call(arguments, "-"); }
var sum = 0;
for (var i = 0; i < 3000; i++) {
  var p = new P(i);
  sum += p.get() + new R(i).r + new Q(i).q + (new NT().nt ? 1 : 0);
  if (i % 1000 == 0) {
    console.log(new T(3), new Q(1), new R(2), Object.getPrototypeOf(new ProtoNum()) === Object.prototype, new Args(1, 2, 3));
    try { new Thrower(); } catch (e) { console.log(e.message, e.stack.split("\n")[1].trim().split(" (")[0]); }
  }
}
console.log(sum);
function Deep(n) { this.c = n > 0 ? new Deep(n - 1) : null; this.n = n; }
var deep = new Deep(3000), depth = 0;
while (deep.c) { deep = deep.c; depth++; }
console.log(depth, deep.n);
function Later() { return new.target; }
console.log(Later() === undefined, new Later() === undefined);
// expect: T { leaf: true } Q { q: 1 } { r: 2 } true Args { n: 3, s: '1-2-3' }
// expect: ctor threw at new Thrower
// expect: T { leaf: true } Q { q: 1 } { r: 2 } true Args { n: 3, s: '1-2-3' }
// expect: ctor threw at new Thrower
// expect: T { leaf: true } Q { q: 1 } { r: 2 } true Args { n: 3, s: '1-2-3' }
// expect: ctor threw at new Thrower
// expect: 13498500
// expect: 3000 0
// expect: true false
