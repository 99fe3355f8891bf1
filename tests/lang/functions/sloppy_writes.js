// The same writes in sloppy code: dropped without an error (an inherited read-only property is not shadowed either).

function t(f) { try { f(); console.log("no error"); } catch (e) { console.log(e.constructor.name + ": " + e.message); } }
const fr = Object.freeze({ a: 1 });
t(() => { fr.a = 2; });
t(() => { fr.b = 2; });
t(() => { fr["a"] = 3; });
const arr = Object.freeze([1, 2]);
t(() => { arr[0] = 5; });
t(() => { arr[5] = 5; });
t(() => { arr.length = 0; });
const ne = Object.preventExtensions([1]);
t(() => { ne[3] = 1; });
t(() => { ne[0] = 9; console.log(ne[0]); });
class G { get y() { return 1; } }
const g = new G();
t(() => { g.y = 5; });
const o2 = {}; Object.defineProperty(o2, "q", { value: 1, writable: false });
t(() => { o2.q = 2; });
t(() => { (5).x = 1; });
t(() => { true.x = 1; });
t(() => { "s"[0] = "x"; });
t(() => { "s".length = 3; });
t(() => { undeclared1 = 1; });
t(() => { Math.PI = 3; });
function fn() {}
t(() => { fn.name = "x"; });
const ch = Object.create(fr);
t(() => { ch.a = 5; });
const sealed = Object.seal({ s: 1 });
t(() => { sealed.s = 2; console.log(sealed.s); });
t(() => { sealed.t = 2; });
t(() => { delete sealed.s; });
t(() => { delete fr.a; });
t(() => { delete [].length; });
// expect: no error
// expect: no error
// expect: no error
// expect: no error
// expect: no error
// expect: no error
// expect: no error
// expect: 9
// expect: no error
// expect: no error
// expect: no error
// expect: no error
// expect: no error
// expect: no error
// expect: no error
// expect: no error
// expect: no error
// expect: no error
// expect: no error
// expect: 2
// expect: no error
// expect: no error
// expect: no error
// expect: no error
// expect: no error
