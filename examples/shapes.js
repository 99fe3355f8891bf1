function point(x, y) { return { x: x, y: y }; }
let a = point(1, 2), b = point(3, 4);
let c = { y: 5, x: 6 };
c.z = 7;
console.log(a.x + b.x + c.x); // expect: 10
