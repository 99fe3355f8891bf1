// new.target in plain functions: undefined when called, the function (or the derived class) under new; arrows see their function's.
function Check() { return new.target === undefined ? "call" : "new " + new.target.name; }
console.log(Check(), new Check() instanceof Check);
function Shape() {
  if (!new.target) return new Shape();
  this.made = typeof new.target;
}
console.log(Shape(), new Shape());
function Outer() {
  const arrow = () => new.target;
  const inner = function () { return new.target; };
  return { arrow: arrow() === Outer, inner: inner(), innerNew: new inner() instanceof inner };
}
console.log(Outer().arrow, new Outer().arrow, new Outer().inner);
class Base { constructor() { this.kind = new.target.name; } }
function Legacy() { this.nt = new.target === Legacy; }
class Kid extends Legacy { constructor() { super(); } }
console.log(new Kid(), new Legacy(), new Base());
function deep(n) { return n === 0 ? new.target : deep(n - 1); }
console.log(deep(3), new deep(0) === undefined);
function F(a = new.target) { this.a = a === F; }
console.log(new F().a, new F(1).a);
const bound = Check.bind(null);
console.log(bound(), new bound() instanceof Check);
let total = 0;
function Counter() { if (new.target) total++; }
for (let i = 0; i < 3000; i++) { new Counter(); Counter(); }
console.log(total);
// expect: call true
// expect: Shape { made: 'function' } Shape { made: 'function' }
// expect: false true undefined
// expect: Kid { nt: false } Legacy { nt: true } Base { kind: 'Base' }
// expect: undefined false
// expect: true false
// expect: call true
// expect: 3000
