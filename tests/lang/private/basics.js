// Private fields, methods and accessors: reads, writes, compound assignment, ++, arrows and nested functions, #x in, static privates.
class Counter {
  #count = 0;
  static #instances = 0;
  #secret = "s";
  constructor() { Counter.#instances++; }
  get #double() { return this.#count * 2; }
  set #double(v) { this.#count = v / 2; }
  #inc() { this.#count++; return this; }
  tick() { return this.#inc().#count; }
  get value() { return this.#count; }
  run() {
    const arrow = () => this.#count += 10;
    arrow();
    function inner(o) { return o.#secret; }
    this.#double = 100;
    return [this.#double, inner(this), this.#count, ++this.#count, this.#count--, this.#count ** 2];
  }
  static count() { return Counter.#instances; }
  static isCounter(o) { return #count in o; }
  static #sm() { return "static private"; }
  static get #sg() { return "sg"; }
  static callSm() { return this.#sm() + Counter.#sg; }
}
const c = new Counter();
console.log(c.tick(), c.tick(), c.value);
console.log(c.run());
new Counter();
console.log(Counter.count(), Counter.isCounter(c), Counter.isCounter({}), Counter.callSm());
console.log(c, Object.keys(c), JSON.stringify(c), { ...c });
class Sub extends Counter { #own = "own"; get own() { return this.#own; } }
const s = new Sub();
console.log(s, s.own, s.tick(), Counter.isCounter(s), Counter.count());
let sum = 0;
for (let i = 0; i < 2000; i++) { const k = new Counter(); k.tick(); sum += k.value + k.tick(); }
console.log(sum);
class P { #x; constructor(x) { this.#x = x; } equals(o) { return this.#x === o.#x; } m() { return this.#m2?.() } #m2() { return 1 } }
console.log(new P(1).equals(new P(1)), new P(1).equals(new P(2)), new P(3).m());
try { new P(1).equals({}) } catch (e) { console.log(e.message) }
const o = { a: 1 };
class Q { #f = 1; static get(x) { return x?.#f; } }
console.log(Q.get(undefined), Q.get(new Q()));
class R { #a = 1; #b = this.#a + 1; show() { return `${this.#a},${this.#b}`; } }
console.log(new R().show());
console.log(typeof new P(1).m, String(class { #z; }));
class T { #m() {} getM() { return this.#m } }
console.log(new T().getM().name, new T().getM() === new T().getM());
// expect: 1 2 2
// expect: [ 100, 's', 50, 51, 51, 2500 ]
// expect: 2 true false static privatesg
// expect: Counter {} [] {} {}
// expect: Sub {} own 1 true 3
// expect: 6000
// expect: true false 1
// expect: Cannot read private member #x from an object whose class did not declare it
// expect: undefined 1
// expect: 1,2
// expect: function class { #z; }
// expect: #m true
