function getX(o) { return o.x; }
function make(i) { let p = {}; p.x = i; return p; }
let s = 0;
for (let i = 0; i < 3; i++) s = s + getX(make(i));
console.log(s); // expect: 3
console.log(getX({ y: 1, x: 10 })); // expect: 10
