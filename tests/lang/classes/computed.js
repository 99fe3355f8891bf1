// Computed method names and keywords as member names.
const m = "dyn";
class K {
  [m + "amic"]() { return "dynamic!"; }
  ["with space"]() { return 1; }
  42() { return "answer"; }
  static [m]() { return "static dyn"; }
  get [m + "Get"]() { return "got"; }
  delete() { return "delete"; }
  static new() { return new this(); }
  get() { return "a method named get"; }
  static() { return "a method named static"; }
}
const k = new K();
console.log(k.dynamic(), k["with space"](), k[42](), K.dyn(), k.dynGet);
console.log(k.delete(), K.new(), k.get(), k.static());
console.log(Object.getOwnPropertyNames(K.prototype));
// expect: dynamic! 1 answer static dyn got
// expect: delete K {} a method named get a method named static
// expect: [
// expect:   '42',
// expect:   'constructor',
// expect:   'dynamic',
// expect:   'with space',
// expect:   'dynGet',
// expect:   'delete',
// expect:   'get',
// expect:   'static'
// expect: ]
