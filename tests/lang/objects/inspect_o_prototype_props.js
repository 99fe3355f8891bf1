// `%o` (showHidden) also lists what node's addPrototypeProperties finds on
// the prototypes: getters of a class (not its methods), the tag of an
// async function's or a generator's prototype, the data of a prototype
// made with Object.create; nothing past a built-in constructor's prototype.
class Foo {
  m() {}
  get g() {
    return 1;
  }
}
class Bar extends Foo {
  constructor() {
    super();
    this.own = 1;
  }
  n() {}
}
console.log("%o", new Foo()); // expect: Foo { [g]: [Getter] }
console.log("%o", new Bar()); // expect: Bar { own: 1, [g]: [Getter] }
console.log("%o", Object.create({ a: 1, f() {} })); // expect: { a: 1 }
console.log("%o", async function af() {});
// expect: [AsyncFunction: af] {
// expect:   [length]: 0,
// expect:   [name]: 'af',
// expect:   [Symbol(Symbol.toStringTag)]: 'AsyncFunction'
// expect: }
function* gen() {}
console.log("%o", gen()); // expect: Object [Generator] { [Symbol(Symbol.toStringTag)]: 'Generator' }
console.log("%o", [new Map([[1, 2]]), new Set()]); // expect: [ Map(1) { 1 => 2 }, Set(0) {}, [length]: 2 ]
class MyMap extends Map {
  get size2() {
    return 0;
  }
}
console.log("%o", new MyMap()); // expect: MyMap(0) [Map] { [size2]: [Getter] }
// A plain console.log lists none of them.
console.log(new Bar(), async function af() {}); // expect: Bar { own: 1 } [AsyncFunction: af]
