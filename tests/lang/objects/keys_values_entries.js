// Object.keys/values/entries: own enumerable properties in JavaScript's
// order (integer keys ascending, then names in insertion order).
var o = { b: 1, a: 2, 10: "ten", 2: "two", "01": "not an index" };
console.log(JSON.stringify(Object.keys(o))); // expect: ["2","10","b","a","01"]
console.log(JSON.stringify(Object.values(o))); // expect: ["two","ten",1,2,"not an index"]
console.log(JSON.stringify(Object.entries(o))); // expect: [["2","two"],["10","ten"],["b",1],["a",2],["01","not an index"]]
o.z = 3;
delete o.b;
console.log(JSON.stringify(Object.keys(o))); // expect: ["2","10","a","01","z"]
console.log(JSON.stringify(Object.keys([5, 6, 7]))); // expect: ["0","1","2"]
console.log(JSON.stringify(Object.entries([5, , 7]))); // expect: [["0",5],["2",7]]
console.log(JSON.stringify(Object.keys("hi"))); // expect: ["0","1"]
console.log(JSON.stringify(Object.values("hi"))); // expect: ["h","i"]
console.log(JSON.stringify(Object.keys(42))); // expect: []
console.log(JSON.stringify(Object.keys({}))); // expect: []
function Point(x, y) { this.x = x; this.y = y; }
Point.prototype.norm = function () { return this.x * this.x + this.y * this.y; };
console.log(JSON.stringify(Object.keys(new Point(1, 2)))); // expect: ["x","y"]
var keys = [];
for (var k in new Point(3, 4)) keys.push(k);
console.log(JSON.stringify(keys)); // expect: ["x","y","norm"]
console.log(Object.keys.length, Object.keys.name); // expect: 1 keys
