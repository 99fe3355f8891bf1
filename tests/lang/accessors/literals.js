// Getters and setters in object literals.
const o = {
  _v: 1,
  get v() { return this._v * 10; },
  set v(x) { this._v = x; },
  get only() { return "read only"; },
  set writeOnly(x) { this.written = x; },
};
console.log(o.v, o.only, o.writeOnly);
o.v = 5;
o.writeOnly = "yes";
o.only = "ignored";
console.log(o.v, o.only, o.written);
console.log(o);
console.log(Object.keys(o), JSON.stringify(o));
console.log(Object.getOwnPropertyDescriptor(o, "v"));
console.log(Object.getOwnPropertyDescriptor(o, "only").set, o.hasOwnProperty("v"), "v" in o);
// A getter defined after a data property of the same name replaces it, and the reverse.
const p = { a: 1, get a() { return 2; } };
const q = { get a() { return 2; }, a: 3 };
console.log(p.a, q.a, p, q);
// Spreading and assigning copy the values getters return.
const copy = { ...o };
console.log(copy, Object.assign({}, { get g() { return "g!"; } }));
// Names of accessor functions.
console.log(Object.getOwnPropertyDescriptor(o, "v").get.name, Object.getOwnPropertyDescriptor(o, "v").set.name);
// expect: 10 read only undefined
// expect: 50 read only yes
// expect: {
// expect:   _v: 5,
// expect:   v: [Getter/Setter],
// expect:   only: [Getter],
// expect:   writeOnly: [Setter],
// expect:   written: 'yes'
// expect: }
// expect: [ '_v', 'v', 'only', 'writeOnly', 'written' ] {"_v":5,"v":50,"only":"read only","written":"yes"}
// expect: {
// expect:   get: [Function: get v],
// expect:   set: [Function: set v],
// expect:   enumerable: true,
// expect:   configurable: true
// expect: }
// expect: undefined true true
// expect: 2 3 { a: [Getter] } { a: 3 }
// expect: {
// expect:   _v: 5,
// expect:   v: 50,
// expect:   only: 'read only',
// expect:   writeOnly: undefined,
// expect:   written: 'yes'
// expect: } { g: 'g!' }
// expect: get v set v
