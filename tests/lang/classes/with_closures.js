// Classes with closures (methods capturing a function's variables, a class per loop iteration), Error and Array subclasses, accessors (merge of the four issue-12 branches).
function make(base) {
  let count = 0;
  class Shape {
    constructor(name) { this.name = name; count++; }
    area() { return 0; }
    get label() { return `${this.name}:${this.area()}+${base}`; }
    static total() { return count; }
  }
  class Sq extends Shape {
    constructor(s) { super("sq"); this.s = s; }
    area() { return this.s * this.s + base; }
    describe() { const s = super.area(); const f = () => this.label + "/" + s; return f(); }
  }
  return [Shape, Sq];
}
const [S, Q] = make(10);
const [S2, Q2] = make(20);
const q = new Q(3), q2 = new Q2(4);
console.log(q.label, q2.label, S.total(), S2.total(), q.describe());
console.log(q, q instanceof S, q instanceof S2, Q.name, String(typeof Q));
try { Q(1); } catch (e) { console.log(e.constructor.name, e.message); }
class MyErr extends Error { constructor(m) { super(m); this.name = "MyErr"; } }
try { throw new MyErr("boom"); } catch (e) { console.log(e instanceof MyErr, e instanceof Error, e.message, String(e)); }
class L extends Array { sum() { return this.reduce((a, b) => a + b, 0); } }
const l = new L(); l.push(1, 2, 3); console.log(l.sum(), l.length, Array.isArray(l));
const counters = [];
for (let i = 0; i < 3; i++) counters.push(class { static v() { return i; } });
console.log(counters.map(c => c.v()));
const o = { get x() { return this._x * 2; }, set x(v) { this._x = v; } };
o.x = 21; console.log(o.x, o);
function outer() { const k = 7; return class { m() { return k; } }; }
console.log(new (outer())().m());
// expect: sq:19+10 sq:36+20 1 1 sq:19+10/0
// expect: Sq { name: 'sq', s: 3 } true false Sq function
// expect: TypeError Class constructor Sq cannot be invoked without 'new'
// expect: true true boom MyErr: boom
// expect: 6 3 true
// expect: [ 0, 1, 2 ]
// expect: 42 { x: [Getter/Setter], _x: 21 }
// expect: 7
