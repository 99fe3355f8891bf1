// Reads of raw doubles box a fresh number; these built-ins hold such
// boxes while JavaScript runs and allocates (every tier runs this under
// --gc-stress too, which collects at every allocation).
function churn() { var g = []; for (var i = 0; i < 20; i++) g.push({ i: i, s: "x" + i }); return g.length; }
var a = [3.5, 1.25, 2.75, 0.5, 4.125];
console.log(a.slice().sort(function (x, y) { churn(); return x - y; })); // expect: [ 0.5, 1.25, 2.75, 3.5, 4.125 ]
var like = { length: 3, 0: 2.5, 1: 0.5, 2: 1.5 };
Object.defineProperty(like, "x", { value: 1 });
Array.prototype.sort.call(like, function (x, y) { churn(); return y - x; });
console.log(like[0], like[1], like[2]); // expect: 2.5 1.5 0.5
console.log(a.map(function (x) { churn(); return x * 2; })); // expect: [ 7, 2.5, 5.5, 1, 8.25 ]
console.log(a.filter(function (x) { churn(); return x > 1; })); // expect: [ 3.5, 1.25, 2.75, 4.125 ]
console.log(a.reduce(function (s, x) { churn(); return s + x; }, 0.5)); // expect: 12.625
var seen = [];
a.forEach(function (x, i) { churn(); seen.push(x + i); });
console.log(seen); // expect: [ 3.5, 2.25, 4.75, 3.5, 8.125 ]
function f() { churn(); return Array.prototype.slice.call(arguments).join(" "); }
console.log(f(...a), f.apply(null, a)); // expect: 3.5 1.25 2.75 0.5 4.125 3.5 1.25 2.75 0.5 4.125
var bound = f.bind(null, 0.5, 1.5);
console.log(bound(2.5)); // expect: 0.5 1.5 2.5
var d = Object.getOwnPropertyDescriptor(a, 4);
churn();
console.log(d.value, d.writable); // expect: 4.125 true
var out = [];
for (var x of a) { churn(); out.push(x); }
console.log(out.join(",")); // expect: 3.5,1.25,2.75,0.5,4.125
var e = a.entries();
var pairs = [];
for (var p of e) { churn(); pairs.push(p[1]); }
console.log(pairs.length, pairs[4]); // expect: 5 4.125
var [p0, ...ps] = a;
churn();
console.log(p0, ps); // expect: 3.5 [ 1.25, 2.75, 0.5, 4.125 ]
var sh = a.slice();
console.log(sh.shift(), sh.pop(), sh.splice(0, 2), sh); // expect: 3.5 4.125 [ 1.25, 2.75 ] [ 0.5 ]
var mixed = a.slice();
mixed.push({ k: 1 }); // boxes every element at once
churn();
console.log(mixed.length, mixed[0], mixed[4], mixed[5].k); // expect: 6 3.5 4.125 1
console.log(JSON.stringify(a), Object.values(a).length, Array.from(a, function (v) { churn(); return v; }).length); // expect: [3.5,1.25,2.75,0.5,4.125] 5 5
var many = [];
for (var i = 0; i < 2000; i++) many.push(i + 0.5);
var s = 0;
for (var j = 0; j < many.length; j++) s += many[j];
console.log(s, many.indexOf(1999.5), many.includes(1000)); // expect: 2000000 1999 false
