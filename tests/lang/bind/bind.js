// Function.prototype.bind, call and apply: bound this and arguments, name, length, new on a bound function, printing.
function greet(greeting, punct) { return greeting + ", " + this.name + punct; }
const bob = { name: "Bob" };
const hi = greet.bind(bob, "Hi");
console.log(hi("!"), hi.name, hi.length, hi, typeof hi);
console.log(greet.call(bob, "Hey", "?"), greet.apply(bob, ["Yo", "."]));
const b2 = hi.bind(null, "?");
console.log(b2(), b2.name, b2.length, Object.getOwnPropertyNames(hi), Object.keys(hi));
function Point(x, y) { this.x = x; this.y = y; }
const P5 = Point.bind(null, 5);
const p = new P5(7);
console.log(p, p instanceof Point, p instanceof P5, P5.prototype);
class A { constructor(a, b) { this.a = a; this.b = b; } sum() { return this.a + this.b } }
const AB = A.bind(null, 1);
const ab = new AB(2);
console.log(ab, ab.sum(), ab instanceof A, ab instanceof AB, AB);
const arrow = () => 1;
const ba = arrow.bind(null);
try { new ba() } catch (e) { console.log(e.constructor.name, e.message) }
console.log([1, 2, 3].map(Math.max.bind(null, 2)), String(hi), hi.toString());
try { Function.prototype.bind.call(5) } catch (e) { console.log(e.message) }
const counter = { n: 0, inc() { return ++this.n; } };
const inc = counter.inc.bind(counter);
for (let i = 0; i < 1000; i++) inc();
console.log(counter.n, inc.name, (function () {}).bind().name, (() => {}).bind().name);
console.log(Object.getPrototypeOf(hi) === Function.prototype, hi.call({ name: "X" }, "."), hi.apply(null, ["."]));
// expect: Hi, Bob! bound greet 1 [Function: bound greet] function
// expect: Hey, Bob? Yo, Bob.
// expect: Hi, Bob? bound bound greet 0 [ 'length', 'name' ] []
// expect: Point { x: 5, y: 7 } true true undefined
// expect: A { a: 1, b: 2 } 3 true true [Function: bound A]
// expect: TypeError ba is not a constructor
// expect: [ NaN, NaN, NaN ] function () { [native code] } function () { [native code] }
// expect: Bind must be called on a function
// expect: 1000 bound inc bound  bound 
// expect: true Hi, Bob. Hi, Bob.
