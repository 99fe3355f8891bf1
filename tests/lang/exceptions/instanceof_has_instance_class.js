// As instanceof_late_has_instance.js, with a class's static method the
// first property keyed Symbol.hasInstance (an ordinary shape transition),
// after compiled code ran many `instanceof` checks.
class A {}
const a = new A();
function check(v, c) {
  return v instanceof c;
}
let hits = 0;
for (let i = 0; i < 3000; i++) hits += check(a, A) ? 1 : 0;
console.log(hits);
class Even {
  static [Symbol.hasInstance](n) {
    return n % 2 === 0;
  }
}
let evens = 0;
for (let i = 0; i < 3000; i++) evens += check(i, Even) ? 1 : 0;
console.log(evens, check(a, A), check(3, Even));
const obj = {};
obj[Symbol.hasInstance] = () => true;
console.log(check(1, obj));
// expect: 3000
// expect: 1500 true false
// expect: true
