// Object.defineProperty with get/set, and descriptors.
const o = { base: 2 };
Object.defineProperty(o, "twice", { get: function () { return this.base * 2; }, enumerable: true, configurable: true });
Object.defineProperty(o, "hidden", { get: function () { return "h"; } });
console.log(o.twice, o.hidden, Object.keys(o), o);
console.log(Object.getOwnPropertyDescriptor(o, "hidden"));
let log = [];
Object.defineProperty(o, "sink", { set: function (v) { log.push(v); }, configurable: true });
o.sink = 1;
o.sink = 2;
console.log(log, o.sink);
// Redefining a configurable accessor as data, and data as an accessor.
Object.defineProperty(o, "twice", { value: 99, writable: true });
console.log(o.twice, Object.getOwnPropertyDescriptor(o, "twice"));
Object.defineProperty(o, "base", { get: function () { return 7; } });
console.log(o.base, Object.getOwnPropertyDescriptor(o, "base").enumerable);
// Keeping one half when the other is redefined.
const r = {};
Object.defineProperty(r, "x", { get: function () { return "got"; }, configurable: true });
Object.defineProperty(r, "x", { set: function (v) { this.y = v; } });
r.x = 4;
console.log(r.x, r.y, r);
// defineProperties with accessors.
const d = Object.defineProperties({}, { a: { get: function () { return 1; }, enumerable: true }, b: { value: 2, enumerable: true } });
console.log(d, d.a + d.b);
// expect: 4 h [ 'base', 'twice' ] { base: 2, twice: [Getter] }
// expect: {
// expect:   get: [Function: get],
// expect:   set: undefined,
// expect:   enumerable: false,
// expect:   configurable: false
// expect: }
// expect: [ 1, 2 ] undefined
// expect: 99 { value: 99, writable: true, enumerable: true, configurable: true }
// expect: 7 true
// expect: got 4 { y: 4 }
// expect: { a: [Getter], b: 2 } 3
