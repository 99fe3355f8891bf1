// Private fields of a class evaluated many times (a factory): every
// evaluation has its own names, read and written through the VM's
// shared (shape, name) cache after the first lookup; the brand check
// stays exact: an object of one evaluation is not readable through
// another's methods, in any tier and however warm the cache.
function make() {
  return class P {
    #x = 0;
    #m() { return 1; }
    get #g() { return this.#x * 10; }
    bump() { this.#x = this.#x + 1; return this.#x; }
    read(o) { return o.#x; }
    write(o, v) { o.#x = v; }
    both() { return this.#m() + this.#g; }
  };
}
const classes = [];
for (let i = 0; i < 4; i++) classes.push(make());
let total = 0;
for (let round = 0; round < 300; round++) {
  for (const C of classes) {
    const o = new C();
    o.bump();
    o.bump();
    total += o.read(o) + o.both();
  }
}
console.log(total);
const [A, B] = classes;
const a = new A();
const b = new B();
for (let i = 0; i < 50; i++) a.write(a, i);
console.log(a.read(a));
for (const f of [() => A.prototype.read(b), () => B.prototype.write(a, 1), () => a.read({}), () => a.read(null)]) {
  try {
    f();
  } catch (e) {
    console.log(e.constructor.name + ": " + e.message);
  }
}
// expect: 27600
// expect: 49
// expect: TypeError: Cannot read private member #x from an object whose class did not declare it
// expect: TypeError: Cannot write private member #x to an object whose class did not declare it
// expect: TypeError: Cannot read private member #x from an object whose class did not declare it
// expect: TypeError: Cannot read properties of null (reading '#x')
