// classes: shapes of four classes with a common base class, rebuilt with
// `new` every round; one call site (`s.area()`) sees every class, a getter
// defined on the base class calls two more methods, and super calls run in
// the constructors.
const COUNT = 1000;
const ROUNDS = 800;

class Shape {
  constructor(id) {
    this.id = id;
  }
  get weight() {
    return this.area() + this.perimeter();
  }
  describe() {
    return this.kind() * 1000 + (this.area() % 1000);
  }
}

class Circle extends Shape {
  constructor(id, r) {
    super(id);
    this.r = r;
  }
  kind() { return 1; }
  area() { return 3 * this.r * this.r; }
  perimeter() { return 6 * this.r; }
}

class Rect extends Shape {
  constructor(id, w, h) {
    super(id);
    this.w = w;
    this.h = h;
  }
  kind() { return 2; }
  area() { return this.w * this.h; }
  perimeter() { return 2 * (this.w + this.h); }
}

class Square extends Rect {
  constructor(id, s) {
    super(id, s, s);
  }
  kind() { return 3; }
}

class Tri extends Shape {
  constructor(id, b, h) {
    super(id);
    this.b = b;
    this.h = h;
  }
  kind() { return 4; }
  area() { return Math.floor(this.b * this.h / 2); }
  perimeter() { return 3 * this.b; }
}

function make(i) {
  const k = i % 4;
  if (k === 0) return new Circle(i, (i % 7) + 1);
  if (k === 1) return new Rect(i, (i % 5) + 1, (i % 11) + 2);
  if (k === 2) return new Square(i, (i % 9) + 1);
  return new Tri(i, (i % 13) + 1, (i % 3) + 4);
}

function round(r) {
  const shapes = [];
  for (let i = 0; i < COUNT; i++) shapes.push(make(i + r));
  let total = 0;
  for (let pass = 0; pass < 8; pass++) {
    for (let i = 0; i < shapes.length; i++) {
      const s = shapes[i];
      total = (total + s.area() + s.weight + s.describe()) % 1000003;
    }
  }
  return total;
}

let checksum = 0;
for (let r = 0; r < ROUNDS; r++) {
  checksum = (checksum * 31 + round(r)) % 1000003;
}
console.log(checksum);
