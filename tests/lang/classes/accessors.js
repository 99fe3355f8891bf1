// Getters and setters in classes: on the prototype, shown by node as [Getter/Setter] only on the object that has them.
class Temp {
  constructor(c) { this._c = c; }
  get f() { return this._c * 9 / 5 + 32; }
  set f(v) { this._c = (v - 32) * 5 / 9; }
  get c() { return this._c; }
  static get unit() { return "celsius"; }
  static set unit(v) { console.log("cannot set unit to", v); }
}
const t = new Temp(100);
console.log(t.f, t.c);
t.f = 32;
console.log(t.c, t, Temp.unit);
Temp.unit = "kelvin";
t.c = 5; // no setter: ignored in sloppy code
console.log(t.c);
console.log(Object.getOwnPropertyDescriptor(Temp.prototype, "c"));
console.log(Object.keys(Temp.prototype), "f" in t, t.hasOwnProperty("f"));
// A getter in a loop, polymorphic receivers.
class Sq { constructor(s) { this.s = s; } get area() { return this.s * this.s; } }
class Ci { constructor(r) { this.r = r; } get area() { return 3 * this.r * this.r; } }
const shapes = [new Sq(2), new Ci(1), new Sq(3), new Ci(2)];
let total = 0;
for (let i = 0; i < 100; i++) {
  total += shapes[i % 4].area;
}
console.log(total);
// Inherited setter runs with the instance as this.
class Base { set v(x) { this.stored = x * 2; } }
class Kid extends Base {}
const k = new Kid();
k.v = 21;
console.log(k, k.v);
// expect: 212 100
// expect: 0 Temp { _c: 0 } celsius
// expect: cannot set unit to kelvin
// expect: 0
// expect: {
// expect:   get: [Function: get c],
// expect:   set: undefined,
// expect:   enumerable: false,
// expect:   configurable: true
// expect: }
// expect: [] true false
// expect: 700
// expect: Kid { stored: 42 } undefined
