// An implicit derived constructor forwards its arguments before anything
// else runs: a class made where variables are captured (its constructor
// loads an environment first) still passes them on.
class Base { constructor(id, tag) { this.id = id; this.tag = tag; } }
{
  let n = 1;
  class D extends Base { m() { return n; } }
  const d = new D(3, "x");
  console.log(d.id, d.tag, d.m()); // expect: 3 x 1
  class E extends Base {}
  console.log(new E(4).id); // expect: 4
}
function mk(n) { return class extends Base { m() { return n; } }; }
const o = new (mk(5))(6, "y");
console.log(o.id, o.tag, o.m()); // expect: 6 y 5
class WithField extends Base { f = () => this.id * 2; }
{
  let k = 2;
  const g = () => k;
  console.log(new WithField(7).f(), g()); // expect: 14 2
}
class M extends Map { set(k, v) { return super.set(k, [v]); } }
{
  let captured = 0;
  const bump = () => captured++;
  bump();
  console.log(new M([["a", 1]]).get("a"), captured); // expect: [ 1 ] 1
}
