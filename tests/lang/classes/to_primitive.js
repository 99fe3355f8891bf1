// toString and valueOf of classes are used by conversions.
class Money {
  constructor(cents) { this.cents = cents; }
  valueOf() { return this.cents; }
  toString() { return "$" + (this.cents / 100).toFixed(2); }
}
const a = new Money(150), b = new Money(275);
console.log(a + b, a < b, b - a, String(a), "" + a);
console.log([a, b].join(" & "), a > 100);
class Named { toString() { return "Named!"; } }
console.log("I am " + new Named(), String(new Named()));
// expect: 425 true 125 $1.50 150
// expect: $1.50 & $2.75 true
// expect: I am Named! Named!
