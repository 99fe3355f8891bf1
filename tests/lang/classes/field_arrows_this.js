// An arrow made by a field initialiser or a static block keeps the
// instance (the class) as `this`, even when called detached.
const top = () => this; // the script's `this` is captured too
class F {
  name = "f";
  arrow = () => this.name;
  nested = () => () => this.name;
  static tag = "F";
  static sArrow = () => this.tag;
  static {
    F.fromBlock = () => this.tag;
  }
}
const f = new F();
const a = f.arrow, n = f.nested(), s = F.sArrow, b = F.fromBlock;
console.log(a(), n(), s(), b()); // expect: f f F F
function make(n) {
  class C {
    v = n;
    get = () => this.v + n;
  }
  return new C().get;
}
console.log(make(1)(), make(2)()); // expect: 2 4
const mk = () =>
  class K {
    static self = this;
    inst = this;
  };
const K = mk();
console.log(K.self === K, new K().inst instanceof K); // expect: true true
class Base {
  constructor() {
    this.y = 2;
  }
}
class D extends Base {
  z = 3;
  sum = () => this.y + this.z;
}
const sum = new D().sum;
console.log(sum()); // expect: 5
