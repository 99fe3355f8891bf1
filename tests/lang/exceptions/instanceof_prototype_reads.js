// `instanceof` reads the right-hand side's own `prototype` from its shape
// slot when it is a data property there (every constructor's), and takes
// the full lookup otherwise: an inherited `prototype` (an arrow function's
// comes from Function.prototype if anyone puts one there), a reassigned
// one, a primitive one (a TypeError), a bound function (its target's).
// Each check runs in a loop, so that compiled code asks too.
class A {}
class B extends A {}
function F() {}
const f = new F();
const arrow = () => 1;
const bound = B.bind(null);
function count(v, c) {
  let n = 0;
  for (let i = 0; i < 1500; i++) if (v instanceof c) n++;
  return n;
}
console.log(count(new B(), A), count(new A(), B), count(f, F), count(new B(), bound));
console.log(count(new RangeError("r"), Error), count(new RangeError("r"), TypeError));
F.prototype = A.prototype;
console.log(count(f, F), count(new B(), F));
try {
  count(f, arrow);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
Function.prototype.prototype = A.prototype;
console.log(count(new B(), arrow));
delete Function.prototype.prototype;
F.prototype = 7;
try {
  count(f, F);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
// expect: 1500 0 1500 1500
// expect: 1500 0
// expect: 0 1500
// expect: TypeError Function has non-object prototype 'undefined' in instanceof check
// expect: 1500
// expect: TypeError Function has non-object prototype '7' in instanceof check
