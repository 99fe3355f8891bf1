class Vec {
  constructor(x, y) { this.x = x; this.y = y; }
  dot(o) { return this.x * o.x + this.y * o.y; }
  get len2() { return this.dot(this); }
}
function sum(vs) {
  let s = 0;
  for (let i = 0; i < vs.length; i++) s = s + vs[i].dot(vs[0]) + vs[i].len2;
  return s;
}
const vs = [new Vec(1, 2), new Vec(3, 4), new Vec(5, 6)];
let total = 0;
for (let r = 0; r < 3; r++) total = total + sum(vs);
console.log(total); // expect: 372
