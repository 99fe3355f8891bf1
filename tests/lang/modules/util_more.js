// node's util beyond inspect/format: inherits (ES5 constructors),
// promisify/callbackify, isDeepStrictEqual, types and the legacy is*
// tests; the same module object every time.
const util = require("util");
function A(x) { this.x = x; } A.prototype.hi = function () { return "hi " + this.x; };
function B(x) { A.call(this, x); } util.inherits(B, A);
const b = new B(3); console.log(b.hi(), b instanceof A, B.super_ === A, Object.getPrototypeOf(B.prototype) === A.prototype, b, B.prototype.constructor === B);
const p = util.promisify((a, cb) => setTimeout(() => a < 0 ? cb(new Error("neg")) : cb(null, a * 2), 1));
p(4).then(v => console.log("promisified", v)); p(-1).catch(e => console.log("rejected", e.message));
console.log(util.isDeepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), util.isDeepStrictEqual([1], ["1"]), util.types.isPromise(Promise.resolve()), util.types.isDate(new Date()), util.types.isRegExp(/x/), util.isArray([]), typeof util.deprecate);
try { util.inherits(B, null) } catch (e) { console.log(e.code, e.message) }
const cbf = util.callbackify(async (x) => x + 1); cbf(1, (err, v) => console.log("callbackified", err, v));
console.log(util.format("%s %d", "a", 5), util.inspect({ a: { b: { c: { d: 1 } } } }, { depth: 0 }), util.types.isMap(new Map()), util.isPrimitive(null), require("util") === util);
// expect: hi 3 true true true B { x: 3 } true
// expect: true false true true true true function
// expect: ERR_INVALID_ARG_TYPE The "superCtor" argument must be of type function. Received null
// expect: a 5 { a: [Object] } true true true
// expect: callbackified null 2
// expect: promisified 8
// expect: rejected neg
