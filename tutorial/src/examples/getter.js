// A getter on a grandparent's prototype, read from a loop.
class Shape {
  constructor(w) {
    this.w = w;
  }
  get area() {
    return this.w * this.w;
  }
}
class Square extends Shape {
  constructor(w) {
    super(w);
    this.kind = "square";
  }
}
class Tiny extends Square {}
let total = 0;
for (let i = 0; i < 3000; i++) {
  const s = new Tiny(i % 7);
  total += s.area;
}
console.log(total, new Tiny(2).kind); // expect: 38962 square
