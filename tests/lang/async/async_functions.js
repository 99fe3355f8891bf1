// Async functions in every form: declarations, expressions, arrows,
// object and class methods (static too). A call runs the body at once up
// to the first await and returns a promise of the return value.
async function decl(x) { return x * 2; }
const expr = async function named(a, b) { return a + b; };
const arrow = async (x) => x + 1;
const bare = async x => x - 1;
const block = async () => { return "block"; };
const obj = {
  base: 10,
  async m(x) { return this.base + x; },
  async ["comp" + "uted"]() { return "computed"; },
  async async() { return "a method named async"; },
};
class C {
  constructor() { this.v = 5; }
  async get() { return this.v; }
  static async make() { return new C(); }
  async() { return "plain method named async"; }
}
console.log("sync start");
const p = decl(21);
console.log(p instanceof Promise, typeof p.then);
p.then((v) => console.log("decl", v));
expr(1, 2).then((v) => console.log("expr", v));
arrow(1).then((v) => console.log("arrow", v));
bare(1).then((v) => console.log("bare", v));
block().then((v) => console.log(v));
obj.m(5).then((v) => console.log("method", v));
obj.computed().then((v) => console.log(v));
obj.async().then((v) => console.log(v, obj.async === undefined));
console.log(typeof obj.async, new C().async());
new C().get().then((v) => console.log("class", v));
C.make().then((c) => console.log("static", c.v));
async function counts() {
  console.log("body runs synchronously, arguments:", arguments.length);
  const a = await 1;
  console.log("after first await", a);
  return a + (await Promise.resolve(2));
}
counts(7, 8).then((v) => console.log("counts", v));
function outer() {
  const self = this;
  const f = async () => this === self;
  return f();
}
outer.call({ tag: 1 }).then((v) => console.log("arrow this", v));
console.log("sync end");
// expect: sync start
// expect: true function
// expect: function plain method named async
// expect: body runs synchronously, arguments: 2
// expect: sync end
// expect: decl 42
// expect: expr 3
// expect: arrow 2
// expect: bare 0
// expect: block
// expect: method 15
// expect: computed
// expect: a method named async false
// expect: class 5
// expect: static 5
// expect: after first await 1
// expect: arrow this true
// expect: counts 3
