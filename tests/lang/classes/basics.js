// A class: constructor, methods on the prototype (not enumerable), instances printed with the class name.
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  norm2() {
    return this.x * this.x + this.y * this.y;
  }
  add(o) {
    return new Point(this.x + o.x, this.y + o.y);
  }
}
const p = new Point(3, 4);
console.log(p, p.norm2(), p.add(new Point(1, 1)));
console.log(typeof Point, Point.name, Point.length, Point);
console.log(Object.keys(p), Object.keys(Point.prototype), p.constructor === Point);
console.log(Object.getPrototypeOf(p) === Point.prototype, p instanceof Point, {} instanceof Point);
console.log(Point.prototype.norm2.name, Point.prototype.add.length);
for (const k in p) console.log(k);
// A class without a constructor, and an empty class.
class Empty {}
console.log(new Empty(), Empty, String(new Empty()));
// Methods are shared by the instances.
const a = new Point(1, 2), b = new Point(5, 6);
console.log(a.add === b.add, a.norm2(), b.norm2());
// new on a plain constructor function prints like a class instance.
function Legacy(v) { this.v = v; }
Legacy.prototype.get = function () { return this.v; };
const l = new Legacy(9);
console.log(l, l.get());
// expect: Point { x: 3, y: 4 } 25 Point { x: 4, y: 5 }
// expect: function Point 2 [class Point]
// expect: [ 'x', 'y' ] [] true
// expect: true true false
// expect: norm2 1
// expect: x
// expect: y
// expect: Empty {} [class Empty] [object Object]
// expect: true 5 61
// expect: Legacy { v: 9 } 9
