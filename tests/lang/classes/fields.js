// Instance fields: initialised in order before the constructor body (after super() in a derived class).
class Counter {
  count = 0;
  step = 1;
  doubled = this.step * 2;
  label;
  constructor(start) {
    console.log("ctor sees", this.count, this.doubled);
    this.count = start;
  }
  tick() {
    this.count += this.step;
    return this;
  }
}
console.log(new Counter(5).tick().tick());
class Sub extends Counter {
  extra = this.count + 100;
  constructor() {
    console.log("before super");
    super(1);
    console.log("after super", this.extra);
  }
}
console.log(new Sub());
// Static fields and static blocks run in order with this = the class.
class Config {
  static version = 3;
  static name2 = "cfg" + Config.version;
  static {
    this.ready = this.version > 2;
    console.log("static block", this.name2);
  }
  static later = this.ready;
}
console.log(Config.version, Config.name2, Config.ready, Config.later, Config);
// Field names that are strings and numbers.
class Odd { "a b" = 1; 2 = "two"; }
console.log(new Odd());
// expect: ctor sees 0 2
// expect: Counter { count: 7, step: 1, doubled: 2, label: undefined }
// expect: before super
// expect: ctor sees 0 2
// expect: after super 101
// expect: Sub { count: 1, step: 1, doubled: 2, label: undefined, extra: 101 }
// expect: static block cfg3
// expect: 3 cfg3 true true [class Config] { version: 3, name2: 'cfg3', ready: true, later: true }
// expect: Odd { '2': 'two', 'a b': 1 }
