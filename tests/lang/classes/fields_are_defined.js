// Class fields and object literal properties are defined, not assigned:
// no setter of a prototype runs, a static `name`/`length` replaces the
// class's own, a computed field's anonymous function is named after its key.
class P { set x(v) { console.log('setter', v) } get x() { return 'g' } }
class C extends P { x = 1 }
const c = new C();
console.log(Object.keys(c), c.x); // expect: [ 'x' ] 1
class Q { static set y(v) { console.log('static setter', v) } }
class R extends Q { static y = 2 }
console.log(Object.keys(R), R.y); // expect: [ 'y' ] 2
console.log((class { static name = 'custom' }).name); // expect: custom
class A { static name = 5; static length = 7 }
console.log(A.name, A.length, Object.getOwnPropertyDescriptor(A, 'name').enumerable); // expect: 5 7 true
class E { static ['name'] = 'comp' }
console.log(E.name); // expect: comp
const k = 'dyn';
class Y { [k] = () => {}; static [k + 2] = function () {}; 3 = 'three'; static 4 = 'four' }
console.log(new Y().dyn.name, Y.dyn2.name, new Y(), Y[4]); // expect: dyn dyn2 Y { '3': 'three', dyn: [Function: dyn] } four
class Fz { constructor() { Object.freeze(this) } }
class G extends Fz { a = 1 }
try { new G() } catch (e) { console.log(e.message) } // expect: Cannot define property a, object is not extensible
Object.defineProperty(Object.prototype, 'z', { set(v) { console.log('proto z setter') }, configurable: true });
class W { z = 5 }
console.log(new W().z, ({ z: 6 }).z); // expect: 5 6
let n = 0;
for (let i = 0; i < 3000; i++) n += new W().z + ({ z: 1 }).z;
console.log(n); // expect: 18000
delete Object.prototype.z;
