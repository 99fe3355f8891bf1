// Derived constructors three levels deep (super(...) in each, a field
// initialiser after each super call), private fields, methods and an
// accessor read on objects of several shapes (one private name, four
// classes' instances), all in hot loops: compiled code's super calls,
// `new` and private-member sites agree with the interpreter's.
class Base {
  #id;
  static #made = 0;
  constructor(id) {
    this.#id = id;
    Base.#made++;
  }
  get #double() {
    return this.#id * 2;
  }
  #scaled(k) {
    return this.#id * k;
  }
  key() {
    return this.#double + this.#scaled(3);
  }
  static made() {
    return Base.#made;
  }
  static hasId(o) {
    return #id in o;
  }
}
class Mid extends Base {
  tag = "m";
  #extra;
  constructor(id, extra) {
    super(id);
    this.#extra = extra;
  }
  more() {
    return this.key() + this.#extra;
  }
}
class Leaf extends Mid {
  leaf = 1;
  constructor(id) {
    super(id, id % 3);
  }
}
class Side extends Base {
  constructor(id) {
    super(id + 1);
    this.side = true;
  }
}
let total = 0;
const objs = [];
for (let i = 0; i < 2500; i++) {
  const k = i % 4;
  const o = k === 0 ? new Base(i) : k === 1 ? new Mid(i, 2) : k === 2 ? new Leaf(i) : new Side(i);
  objs.push(o);
  total += o.key();
  if (o instanceof Mid) total += o.more() + o.tag.length + (o.leaf || 0);
}
console.log(total, Base.made(), objs.filter(Base.hasId).length, Base.hasId({}));
try {
  Mid.prototype.more.call(new Side(1));
} catch (e) {
  console.log(e.constructor.name, e.message);
}
// expect: 23435001 2500 2500 false
// expect: TypeError Cannot read private member #extra from an object whose class did not declare it
