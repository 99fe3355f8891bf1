// How async functions look: node's printer, toString tags, no
// `prototype`, not constructors, their source text and their promises.
async function f(a, b) {}
const g = async () => {};
const o = { async m() {} };
class K { static async s() {} }
console.log(f, g, o.m, K.s);
console.log([f], { f });
console.log(Object.prototype.toString.call(f), String(f));
console.log(String(g), String(o.m));
console.log(typeof f, f.name, f.length, g.name, o.m.name, K.s.name);
console.log(f.prototype, Object.hasOwn(f, "prototype"), "prototype" in g);
const AsyncFunctionProto = Object.getPrototypeOf(f);
console.log(AsyncFunctionProto === Function.prototype, Object.getPrototypeOf(AsyncFunctionProto) === Function.prototype);
console.log(AsyncFunctionProto[Symbol.toStringTag], Object.getPrototypeOf(g) === AsyncFunctionProto, Object.getPrototypeOf(o.m) === AsyncFunctionProto);
console.log(f instanceof Function, f.call(null) instanceof Promise);
try { new f(); } catch (e) { console.log(e.constructor.name, e.message); }
try { new o.m(); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(f(), g());
async function later() { await null; return "done"; }
const pending = later();
console.log(pending);
pending.then(() => console.log(pending));
async function fails() { throw new Error("boom"); }
const rejected = fails();
rejected.catch(() => console.log("rejected, then handled"));
// expect: [AsyncFunction: f] [AsyncFunction: g] [AsyncFunction: m] [AsyncFunction: s]
// expect: [ [AsyncFunction: f] ] { f: [AsyncFunction: f] }
// expect: [object AsyncFunction] async function f(a, b) {}
// expect: async () => {} async m() {}
// expect: function f 2 g m s
// expect: undefined false false
// expect: false true
// expect: AsyncFunction true true
// expect: true true
// expect: TypeError f is not a constructor
// expect: TypeError o.m is not a constructor
// expect: Promise { undefined } Promise { undefined }
// expect: Promise { <pending> }
// expect: rejected, then handled
// expect: Promise { 'done' }
