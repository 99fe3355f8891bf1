// A computed key in an object literal defines an own property: `["__proto__"]`
// is a property (not the prototype), and an inherited setter is not called.
const o = { ["__proto__"]: 1, __proto__: null };
console.log(Object.getPrototypeOf(o), o.__proto__, Object.keys(o));
// expect: null 1 [ '__proto__' ]
const k = "__proto__";
const p = { [k]: { x: 1 } };
console.log(Object.getPrototypeOf(p) === Object.prototype, p.x, JSON.stringify(p));
// expect: true undefined {"__proto__":{"x":1}}
Object.defineProperty(Object.prototype, "trap", {
  set(v) {
    console.log("setter ran", v);
  },
  configurable: true,
});
const q = { ["tr" + "ap"]: 2 };
console.log(Object.keys(q), q.trap);
// expect: [ 'trap' ] 2
delete Object.prototype.trap;
const n = { [1 + 1]: "two", [Symbol.for("s")]: "sym", ["f"]: function () {} };
console.log(n[2], n[Symbol.for("s")], n.f.name, Object.keys(n));
// expect: two sym f [ '2', 'f' ]
