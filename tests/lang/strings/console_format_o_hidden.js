// `%o` inspects with showHidden, at any depth: a function nested in an
// object or array lists its own non-enumerable properties too (its
// `prototype` made on first read), and `%j` is JSON.stringify itself
// (toJSON runs), `[Circular]` for a cycle.
console.log("%o", [1, { a: () => 1 }]); // expect: [ 1, { a: [Function: a] { [length]: 0, [name]: 'a' } }, [length]: 2 ]
console.log("%o", new Map([["k", { f() {} }]])); // expect: Map(1) { 'k' => { f: [Function: f] { [length]: 0, [name]: 'f' } } }
console.log("%o", { g: function g() {} }.g.name); // expect: 'g'
console.log("%o", Object.defineProperty({ v: 1 }, "h", { value: 5 })); // expect: { v: 1, [h]: 5 }
class P {
  static s() {}
}
console.log("%o", [P]);
// expect: [
// expect:   <ref *1> [class P] {
// expect:     [length]: 0,
// expect:     [name]: 'P',
// expect:     [prototype]: { [constructor]: [Circular *1] },
// expect:     [s]: [Function: s] { [length]: 0, [name]: 's' }
// expect:   },
// expect:   [length]: 1
// expect: ]
console.dir({ a: [{ f: function z() {} }] }, { showHidden: true, depth: 1 }); // expect: { a: [ [Object], [length]: 1 ] }
console.log("%j", { a: { toJSON() { return 1; } }, d: new Date(0) }); // expect: {"a":1,"d":"1970-01-01T00:00:00.000Z"}
console.log("%j", { toJSON(key) { return "key:" + key; } }); // expect: "key:"
var cyc = { n: 1 };
cyc.self = cyc;
console.log("%j!", cyc); // expect: [Circular]!
try {
  console.log("%j", { toJSON() { throw new TypeError("mine"); } });
} catch (e) {
  console.log(e.message); // expect: mine
}
