// A function defined under a computed key is named after the key when
// the key is known, at run time: strings, numbers, symbols ([desc]),
// accessors with their get/set prefix; a named function keeps its name.
const k = "dyn";
const sym = Symbol("tag");
const o = {
  ["comp" + 1]() {},
  [k]: () => 1,
  [sym]: function () {},
  [Symbol()]: () => 2,
  [42]: class {},
  get [k + "G"]() { return 1; },
  set [k + "S"](v) {},
  ["kept"]: function own() {},
};
console.log(o.comp1.name, o.dyn.name, o[sym].name, o[42].name, o.kept.name); // expect: comp1 dyn [tag] 42 own
console.log(Object.getOwnPropertyDescriptor(o, "dynG").get.name); // expect: get dynG
console.log(Object.getOwnPropertyDescriptor(o, "dynS").set.name); // expect: set dynS
console.log([o[42], o.comp1, o[sym]]); // expect: [ [class 42], [Function: comp1], [Function: [tag]] ]
class C {
  ["m" + 2]() {}
  static [Symbol.iterator]() {}
  get [k]() { return 0; }
}
console.log(C.prototype.m2.name, C[Symbol.iterator].name); // expect: m2 [Symbol.iterator]
console.log(Object.getOwnPropertyDescriptor(C.prototype, "dyn").get.name); // expect: get dyn
for (let i = 0; i < 3; i++) {
  const made = { ["f" + i]: () => i };
  console.log(made["f" + i].name, made["f" + i]()); // expect: f0 0
  // expect: f1 1
  // expect: f2 2
}
