// `instanceof` skips looking for Symbol.hasInstance until some object has
// the key (stitch remembers its first use as a property key): a method
// defined later is still honoured from then on. Here the first object to
// get the key is a function in dictionary mode.
class A {}
function F() {}
const a = new A();
let hits = 0;
function check(v, c) {
  return v instanceof c;
}
for (let i = 0; i < 3000; i++) hits += check(a, A) ? 1 : 0;
console.log(hits, check(a, F), check(new RangeError("r"), Error));
for (let i = 0; i < 70; i++) F["p" + i] = i;
delete F.p3;
Object.defineProperty(F, Symbol.hasInstance, { value: (v) => v === 7 });
console.log(check(7, F), check(a, F), check(a, A));
class B {
  static [Symbol.hasInstance](v) {
    return typeof v === "string";
  }
}
console.log(check("s", B), check(a, B));
// expect: 3000 false true
// expect: true false true
// expect: true false
