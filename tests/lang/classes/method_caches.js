// Method calls whose site caches the prototype's slot (compiled as get_named_proto once hot):
// the cache must follow a method replaced, shadowed, or deleted after compilation.
class A {
  constructor(v) { this.v = v; }
  m() { return "A.m " + this.v; }
}
function call(o) { return o.m(); }
const a = new A(1);
let out = [];
for (let i = 0; i < 200; i++) out.push(call(a));
console.log(out[0], out.length);
A.prototype.m = function () { return "replaced " + this.v; };
console.log(call(a));
A.prototype.extra = 1; // the holder's shape changes
console.log(call(a));
const b = new A(2);
b.m = function () { return "own " + this.v; }; // the receiver's shape differs
console.log(call(b), call(a));
delete A.prototype.m; // the prototype goes to dictionary mode
console.log(typeof a.m);
A.prototype.m = function () { return "back " + this.v; };
console.log(call(a));
// Inherited two levels up, and polymorphic receivers at one site.
class B extends A {}
class C extends B { m() { return "C.m"; } }
const items = [new A(3), new B(4), new C(5)];
let res = [];
for (let i = 0; i < 90; i++) res.push(call(items[i % 3]));
console.log(res.slice(0, 3));
// A grandparent's method cached at a site, then the parent's prototype gains one.
class G0 { who() { return "G0"; } }
class G1 extends G0 {}
class G2 extends G1 {}
function who(o) { return o.who(); }
const g = new G2();
let w = [];
for (let i = 0; i < 100; i++) w.push(who(g));
G1.prototype.who = function () { return "G1"; };
w.push(who(g));
G2.prototype.who = function () { return "G2"; };
w.push(who(g));
console.log(w[0], w[100], w[101], w.length);
// expect: A.m 1 200
// expect: replaced 1
// expect: replaced 1
// expect: own 2 replaced 1
// expect: undefined
// expect: back 1
// expect: [ 'back 3', 'back 4', 'C.m' ]
// expect: G0 G1 G2 102
