// &&=, ||=, ??= assign only when needed (a const is not written otherwise).
let a = null, b = 0, c = 1;
a ??= "set";
b ||= "set";
c &&= "set";
console.log(a, b, c);
let d = "keep", e = 0, f = null;
d ??= "no";
d ||= "no";
e &&= "no";
f &&= "no";
console.log(d, e, f);
const k = 1;
k ||= 2;
k ??= 3;
console.log(k);
const o = { x: 0, y: undefined };
let reads = 0;
function obj() { reads++; return o; }
obj().x ||= 5;
obj().y ??= 6;
obj()["z"] &&= 7;
console.log(o, reads);
let fn;
fn ??= function () {};
console.log(fn.name);
console.log((a ||= 1), (b &&= 0), 2 ** 3 ** 2, (-2) ** 2);
let p = 2;
p **= 10;
console.log(p);
// expect: set set set
// expect: keep 0 null
// expect: 1
// expect: { x: 5, y: 6 } 3
// expect: fn
// expect: set 0 512 4
// expect: 1024
