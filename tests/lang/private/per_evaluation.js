// Private names belong to a class evaluation: a class expression evaluated twice (a factory, a loop, a mixin) makes distinct #x, #m and static #s.
function make() {
  return class {
    #x = 1;
    static #s = 5;
    #m() { return 'm'; }
    get #g() { return this.#x * 10; }
    set #g(v) { this.#x = v; }
    read(o) { return o.#x; }
    call(o) { return o.#m(); }
    getg(o) { return o.#g; }
    setg(o, v) { o.#g = v; }
    static has(o) { return #x in o; }
    static s() { return this.#s; }
    inc() { this.#x++; this.#x += 2; return this.#x; }
  };
}
const A = make(), B = make();
const a = new A(), b = new B();
console.log(a.read(a), b.read(b), A.has(a), A.has(b), B.has(a), B.has(b));
console.log(a.inc(), b.inc(), a.getg(a));
a.setg(a, 7);
console.log(a.read(a), a.call(a), A.s(), B.s());
for (const f of [() => a.read(b), () => b.read(a), () => a.call(b), () => a.getg(b), () => a.setg(b, 1), () => A.s.call(B)]) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
const cs = [];
for (let i = 0; i < 3; i++) cs.push(class { #v = i; static get(o) { return o.#v; } });
console.log(cs.map(C => C.get(new C())));
try { cs[0].get(new cs[1]()); } catch (e) { console.log(e.message); }
class Outer {
  #p = 'outer';
  make() {
    const self = this;
    return class Inner { #q = 2; get(o) { return o.#q + self.#p; } };
  }
}
const o = new Outer();
const I1 = o.make(), I2 = o.make();
console.log(new I1().get(new I1()));
try { new I1().get(new I2()); } catch (e) { console.log(e.message); }
const Mixin = Base => class extends Base { #tag = 'mixed'; tag(o) { return o.#tag; } };
class Root {}
const M1 = Mixin(Root), M2 = Mixin(Root);
console.log(new M1().tag(new M1()));
try { new M1().tag(new M2()); } catch (e) { console.log(e.message); }
function anon() { return class { #m() {} static t(o) { return o.#m(); } }; }
try { anon().t({}); } catch (e) { console.log(e.message); }
const K = class { static #sm() {} static t(o) { return o.#sm(); } };
try { K.t({}); } catch (e) { console.log(e.message); }
// A hot method keeps working across evaluations (the cache serves one).
let total = 0;
for (let i = 0; i < 3; i++) {
  const C = make();
  const c = new C();
  for (let j = 0; j < 50; j++) total += c.read(c) + c.getg(c);
}
console.log(total);
// expect: 1 1 true false false true
// expect: 4 4 40
// expect: 7 m 5 5
// expect: TypeError: Cannot read private member #x from an object whose class did not declare it
// expect: TypeError: Cannot read private member #x from an object whose class did not declare it
// expect: TypeError: Receiver must be an instance of class anonymous
// expect: TypeError: Receiver must be an instance of class anonymous
// expect: TypeError: Receiver must be an instance of class anonymous
// expect: TypeError: Cannot read private member #s from an object whose class did not declare it
// expect: [ 0, 1, 2 ]
// expect: Cannot read private member #v from an object whose class did not declare it
// expect: 2outer
// expect: Cannot read private member #q from an object whose class did not declare it
// expect: mixed
// expect: Cannot read private member #tag from an object whose class did not declare it
// expect: Receiver must be an instance of class anonymous
// expect: Receiver must be class .
// expect: 1650
