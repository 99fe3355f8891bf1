// Accessors found on the prototype run with the receiver as this.
const proto = {
  get full() { return this.first + " " + this.last; },
  set full(v) { const parts = v.split(" "); this.first = parts[0]; this.last = parts[1]; },
};
const a = Object.create(proto);
a.first = "Ada";
a.last = "Lovelace";
console.log(a.full, a);
a.full = "Grace Hopper";
console.log(a.first, a.last, Object.keys(a), a.hasOwnProperty("full"));
// A setter on the prototype takes writes: the object gets no own property.
const counter = { set hit(v) { this.count = (this.count || 0) + v; } };
const c = Object.create(counter);
for (let i = 0; i < 10; i++) c.hit = i;
console.log(c.count, Object.keys(c));
// A getter-only property on the prototype: writes are ignored.
const ro = Object.create({ get fixed() { return 1; } });
ro.fixed = 5;
console.log(ro.fixed, Object.keys(ro));
// Getters on a primitive's prototype see the primitive.
Object.defineProperty(String.prototype, "shout", { get: function () { return this.toUpperCase() + "!"; }, configurable: true });
console.log("hey".shout);
// expect: Ada Lovelace { first: 'Ada', last: 'Lovelace' }
// expect: Grace Hopper [ 'first', 'last' ] false
// expect: 45 [ 'count' ]
// expect: 1 []
// expect: HEY!
