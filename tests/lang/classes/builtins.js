// Extending Array: instances are arrays with the subclass's methods.
class Stack extends Array {
  peek() { return this[this.length - 1]; }
  sum() { return this.reduce(function (a, b) { return a + b; }, 0); }
}
const s = new Stack();
s.push(1, 2, 3);
console.log(s.length, s.peek(), s.sum(), Array.isArray(s), s instanceof Stack, s instanceof Array);
console.log(s);
const t = new Stack(1, 2);
console.log(t.length, t.peek());
// A class with a null-prototype parent's prototype chain via Object.create.
class Plain extends Object {
  constructor() { super(); this.x = 1; }
}
console.log(new Plain(), new Plain() instanceof Object);
// expect: 3 3 6 true true true
// expect: Stack(3) [ 1, 2, 3 ]
// expect: 2 2
// expect: Plain { x: 1 } true
