// Private names are per class: a subclass has its own, and a parent's
// methods see the parent's fields on subclass instances.
class Animal {
  #name;
  #sound() { return "..." }
  constructor(name) { this.#name = name; }
  speak() { return `${this.#name} says ${this.#sound()}`; }
  static isAnimal(o) { return #name in o; }
}
class Dog extends Animal {
  #name = "inner";
  #sound() { return "woof" }
  bark() { return this.#sound() + " " + this.#name; }
}
const d = new Dog("Rex");
console.log(d.speak(), d.bark(), Animal.isAnimal(d), Animal.isAnimal({}), d);
// Mixins: a class made per call has its own private names per class text.
const Tagged = (Base) => class extends Base { #tag = "t"; tag() { return this.#tag; } };
class Thing {}
const x = new (Tagged(Thing))();
console.log(x.tag(), x);
// Closures made in the class body keep access.
class Bank {
  #balance = 0;
  deposit(n) { [1, 2, 3].forEach(() => { this.#balance += n; }); return this.#balance; }
  get report() { const self = this; return function () { return self.#balance; }; }
}
const b = new Bank();
console.log(b.deposit(5), b.report());
// Hot loops (the JIT's patched property sites serve private fields).
class Vec { #x; #y; constructor(x, y) { this.#x = x; this.#y = y; } add(o) { return new Vec(this.#x + o.#x, this.#y + o.#y); } get len2() { return this.#x * this.#x + this.#y * this.#y; } }
let v = new Vec(0, 0);
for (let i = 0; i < 5000; i++) v = v.add(new Vec(1, 2));
console.log(v.len2);
// expect: Rex says ... woof inner true false Dog {}
// expect: t Thing {}
// expect: 15 15
// expect: 125000000
