// Computed member names of every kind, each key evaluated once, in order, when the class is defined (ToPropertyKey then too).
const log = (x) => { console.log("key", x); return x; };
let n = 0;
class A {
  [log("m1")]() { return 1; }
  static [log("s1")] = log("s1 value");
  [log("f1")] = ++n;
  get [log("g1")]() { return "g"; }
  static [log("sm")]() { return "static"; }
  [`f${1 + 1}`] = "two";
  ["y"] = 3;
  static [log("s2")];
  [log("f3")];
  0 = "zero";
  "quoted key" = 1;
}
console.log("defined");
const a = new A(), b = new A();
console.log(a, b, A.s1, A.sm(), a.m1(), a.g1, Object.keys(A));
class B extends A { [log("bf")] = "bf"; constructor() { super(); console.log("B ctor", this.bf); } }
new B();
for (let i = 0; i < 3; i++) { const C = class { [`k${i}`] = i; static [`s${i}`] = i; }; console.log(new C(), C[`s${i}`]); }
const key = { toString() { console.log("toString"); return "obj"; } };
class D { [key] = 1; }
console.log(new D(), new D());
// expect: key m1
// expect: key s1
// expect: key f1
// expect: key g1
// expect: key sm
// expect: key s2
// expect: key f3
// expect: key s1 value
// expect: defined
// expect: A {
// expect:   '0': 'zero',
// expect:   f1: 1,
// expect:   f2: 'two',
// expect:   y: 3,
// expect:   f3: undefined,
// expect:   'quoted key': 1
// expect: } A {
// expect:   '0': 'zero',
// expect:   f1: 2,
// expect:   f2: 'two',
// expect:   y: 3,
// expect:   f3: undefined,
// expect:   'quoted key': 1
// expect: } s1 value static 1 g [ 's1', 's2' ]
// expect: key bf
// expect: B ctor bf
// expect: C { k0: 0 } 0
// expect: C { k1: 1 } 1
// expect: C { k2: 2 } 2
// expect: toString
// expect: D { obj: 1 } D { obj: 1 }
