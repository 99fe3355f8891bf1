// node's TypeErrors for private members, caught.
const t = (f) => { try { console.log(f()) } catch (e) { console.log(e.constructor.name + ": " + e.message) } };
class A { #x = 1; #m() { return 5 } get #g() { return 7 } set #s(v) {} static #sx = 3; y = 1;
  run() {
    t(() => this.#m = 1);
    t(() => this.#g = 1);
    t(() => this.#s);
    t(() => ({}).#x);
    t(() => { const o = {}; o.#x = 2; });
    t(() => ({}).#m());
    t(() => ({}).#g);
    t(() => { ({}).#s = 1; });
    t(() => #x in 1);
    t(() => #x in "str");
    t(() => { const o = null; return o.#x; });
    t(() => { const o = undefined; return o.#m; });
    t(() => { const o = null; o.#x = 1; });
    t(() => (5).#x);
    t(() => { const o = 5; o.#x = 1; });
    t(() => (class extends A {}).#sx);
    t(() => this.#m++);
    t(() => this.#x++);
    t(() => { const f = Object.freeze(this); f.#x = 5; return f.#x; });
  }
}
new A().run();
const K = class { #m() {} static #sm() {} static s(o) { return o.#m } static sm(o) { return o.#sm } };
t(() => K.s({}));
t(() => K.s(null));
t(() => K.sm({}));
t(() => K.sm(undefined));
// Initialising twice on one object (a base constructor that returns it).
class B { constructor(o) { return o } }
class C extends B { #z = 1; static has(o) { return #z in o } }
class E extends B { #m() {} static has(o) { return #m in o } }
const o = {};
new C(o);
console.log(o, C.has(o), E.has(o));
t(() => new C(o));
new E(o);
console.log(E.has(o));
t(() => new E(o));
// expect: TypeError: Private method '#m' is not writable
// expect: TypeError: '#g' was defined without a setter
// expect: TypeError: '#s' was defined without a getter
// expect: TypeError: Cannot read private member #x from an object whose class did not declare it
// expect: TypeError: Cannot write private member #x to an object whose class did not declare it
// expect: TypeError: Receiver must be an instance of class A
// expect: TypeError: Receiver must be an instance of class A
// expect: TypeError: Receiver must be an instance of class A
// expect: TypeError: Cannot use 'in' operator to search for '#x' in 1
// expect: TypeError: Cannot use 'in' operator to search for '#x' in str
// expect: TypeError: Cannot read properties of null (reading '#x')
// expect: TypeError: Cannot read properties of undefined (reading 'A')
// expect: TypeError: Cannot set properties of null (setting '#x')
// expect: TypeError: Cannot read private member #x from an object whose class did not declare it
// expect: TypeError: Cannot write private member #x to an object whose class did not declare it
// expect: TypeError: Cannot read private member #sx from an object whose class did not declare it
// expect: TypeError: Private method '#m' is not writable
// expect: 1
// expect: 5
// expect: TypeError: Receiver must be an instance of class .
// expect: TypeError: Cannot read properties of null (reading '.')
// expect: TypeError: Receiver must be class .
// expect: TypeError: Receiver must be class .
// expect: {} true false
// expect: TypeError: Cannot initialize #z twice on the same object
// expect: true
// expect: TypeError: Cannot initialize private methods of class E twice on the same object
