// extends, super(...), super.method(), prototype chains.
class Shape {
  constructor(name) {
    this.name = name;
  }
  area() {
    return 0;
  }
  describe() {
    return this.name + " with area " + this.area();
  }
  static create(n) {
    return new this(n);
  }
}
class Rect extends Shape {
  constructor(w, h) {
    super("rect");
    this.w = w;
    this.h = h;
  }
  area() {
    return this.w * this.h;
  }
}
class Square extends Rect {
  constructor(s) {
    super(s, s);
    this.name = "square";
  }
  describe() {
    return "[" + super.describe() + "]";
  }
}
const s = new Square(3);
console.log(s, s.area(), s.describe());
console.log(new Rect(2, 5).describe(), new Shape("blob").describe());
console.log(s instanceof Square, s instanceof Rect, s instanceof Shape, s instanceof Object);
console.log(Object.getPrototypeOf(Square) === Rect, Object.getPrototypeOf(Rect) === Shape);
console.log(Object.getPrototypeOf(Square.prototype) === Rect.prototype);
console.log(Square, Rect, Shape);
console.log(Shape.create("made"), Rect.create === Shape.create);
// Static methods are inherited.
class Base {
  static hello() { return "hello from " + this.name; }
}
class Derived extends Base {}
console.log(Derived.hello(), Derived);
// A derived class without a constructor forwards its arguments.
class P { constructor(a, b, c) { this.sum = a + b + (c === undefined ? 0 : c); } }
class Q extends P {}
console.log(new Q(1, 2), new Q(1, 2, 3));
// super.x reads a getter of the parent with this as the receiver.
class G { get label() { return "G:" + this.id; } }
class H extends G {
  constructor() { super(); this.id = 7; }
  get label() { return "H/" + super.label; }
}
console.log(new H().label);
// expect: Square { name: 'square', w: 3, h: 3 } 9 [square with area 9]
// expect: rect with area 10 blob with area 0
// expect: true true true true
// expect: true true
// expect: true
// expect: [class Square extends Rect] [class Rect extends Shape] [class Shape]
// expect: Shape { name: 'made' } true
// expect: hello from Derived [class Derived extends Base]
// expect: Q { sum: 3 } Q { sum: 6 }
// expect: H/G:7
