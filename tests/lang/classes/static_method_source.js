// A static method's source text (toString) starts after `static`.
class K {
  static s() {}
  static get g() { return 1; }
  static *gen() {}
  static static() {}
  static #p() {}
  static pp() { return K.#p; }
}
console.log(String(K.s)); // expect: s() {}
console.log(String(Object.getOwnPropertyDescriptor(K, "g").get)); // expect: get g() { return 1; }
console.log(String(K.gen), String(K.static), String(K.pp())); // expect: *gen() {} static() {} #p() {}
