// A 'use strict' script: every write an object refuses is V8's TypeError (read-only, not extensible, getter only, a primitive's property), an assignment to an undeclared name a ReferenceError, a failed delete a TypeError.
"use strict";
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
// expect: TypeError: Cannot assign to read only property 'a' of object '#<Object>'
// expect: TypeError: Cannot add property b, object is not extensible
// expect: TypeError: Cannot assign to read only property 'a' of object '#<Object>'
// expect: TypeError: Cannot assign to read only property '0' of object '[object Array]'
// expect: TypeError: Cannot add property 5, object is not extensible
// expect: TypeError: Cannot assign to read only property 'length' of object '[object Array]'
// expect: TypeError: Cannot add property 3, object is not extensible
// expect: 9
// expect: no error
// expect: TypeError: Cannot set property y of #<G> which has only a getter
// expect: TypeError: Cannot assign to read only property 'q' of object '#<Object>'
// expect: TypeError: Cannot create property 'x' on number '5'
// expect: TypeError: Cannot create property 'x' on boolean 'true'
// expect: TypeError: Cannot assign to read only property '0' of string 's'
// expect: TypeError: Cannot assign to read only property 'length' of string 's'
// expect: ReferenceError: undeclared1 is not defined
// expect: TypeError: Cannot assign to read only property 'PI' of object '#<Object>'
// expect: TypeError: Cannot assign to read only property 'name' of function 'function fn() {}'
// expect: TypeError: Cannot assign to read only property 'a' of object '#<Object>'
// expect: 2
// expect: no error
// expect: TypeError: Cannot add property t, object is not extensible
// expect: TypeError: Cannot delete property 's' of #<Object>
// expect: TypeError: Cannot delete property 'a' of #<Object>
// expect: TypeError: Cannot delete property 'length' of [object Array]
