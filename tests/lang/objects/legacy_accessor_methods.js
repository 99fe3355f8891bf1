// __defineGetter__, __defineSetter__, __lookupGetter__, __lookupSetter__:
// the ES5-era accessor API (Annex B) that older programs still use.
const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.constructor.name + ": " + e.message); } };
t(() => ({}).__defineGetter__("x", 1));
t(() => ({}).__defineSetter__("x", {}));
t(() => Object.prototype.__defineGetter__.call(null, "x", () => 1));
t(() => Object.prototype.__lookupGetter__.call(undefined, "x"));
t(() => Object.freeze({}).__defineGetter__("x", () => 1));
var o = {}; o.__defineGetter__("a", function () { return this.v * 2; }); o.__defineSetter__("a", function (x) { this.v = x; });
o.a = 21; console.log(o.a, Object.getOwnPropertyDescriptor(o, "a").enumerable, Object.keys(o));
var c = Object.create(o); console.log(c.__lookupGetter__("a") === o.__lookupGetter__("a"), c.__lookupSetter__("a").name, c.__lookupGetter__("v"), c.__lookupGetter__("zz"));
o.__defineGetter__(1, () => "one"); o.__defineGetter__(Symbol.iterator, () => "sym"); console.log(o[1], o[Symbol.iterator], typeof o.__lookupGetter__(1));
console.log(Object.prototype.__defineGetter__.length, Object.prototype.__lookupGetter__.length, Object.prototype.__defineGetter__.name);
console.log((5).__lookupGetter__("x"), "s".__lookupGetter__("length"), [].__lookupGetter__("length"));
console.log(Object.getOwnPropertyNames(Object.prototype).join(" "));
console.log(o);
// expect: TypeError: Object.prototype.__defineGetter__: Expecting function
// expect: TypeError: Object.prototype.__defineSetter__: Expecting function
// expect: TypeError: Cannot convert undefined or null to object
// expect: TypeError: Cannot convert undefined or null to object
// expect: TypeError: Cannot define property x, object is not extensible
// expect: 42 true [ 'a', 'v' ]
// expect: true  undefined undefined
// expect: one sym function
// expect: 2 1 __defineGetter__
// expect: undefined undefined undefined
// expect: constructor __defineGetter__ __defineSetter__ hasOwnProperty __lookupGetter__ __lookupSetter__ isPrototypeOf propertyIsEnumerable toString valueOf __proto__ toLocaleString
// expect: {
// expect:   '1': [Getter],
// expect:   a: [Getter/Setter],
// expect:   v: 21,
// expect:   [Symbol(Symbol.iterator)]: [Getter]
// expect: }
