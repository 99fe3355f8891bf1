// `this` in a function called as a method; `new` on a function.
function getX() { return this.x; }
let o = { x: 42, getX };
console.log(o.getX(), o["getX"]()); // expect: 42 42
function Point(x, y) { this.x = x; this.y = y; }
let p = new Point(1, 2);
console.log(p.x + p.y, p instanceof Point, o instanceof Point); // expect: 3 true false
console.log(p); // expect: Point { x: 1, y: 2 }
let f = function (v) { return v * 2; };
console.log(f(21), typeof f); // expect: 42 function
console.log([f, function named() {}]); // expect: [ [Function: f], [Function: named] ]
