// Map: constructor from entries, get/set/has/delete/clear/size, chaining,
// insertion order, SameValueZero keys.
const m = new Map([["a", 1], ["b", 2]]);
console.log(m.get("a"), m.get("z"), m.has("b"), m.size);
console.log(m.set("c", 3) === m, m.set("d", 4).set("e", 5).size);
m.set("a", 10);
console.log([...m.keys()].join(), [...m.values()].join());
console.log(m.delete("b"), m.delete("b"), m.size);
m.set(NaN, "nan").set(0, "zero");
console.log(m.get(NaN), m.get(-0), m.has(0 / 0), [...m.keys()]);
const k = {};
m.set(k, "obj");
console.log(m.get(k), m.get({}), m.has(k));
m.set(1, "one");
console.log(m.get(1.0), m.get("1"));
m.clear();
console.log(m.size, m);
console.log(new Map(), new Map([[1, { x: [1, 2] }], ["k", new Map([[true, null]])]]));
console.log(typeof Map, Map.name, Map.length, Object.prototype.toString.call(new Map()));
const copy = new Map(new Map([[1, 2]]));
console.log(copy, new Map(Object.entries({ x: 1, y: 2 })));
// expect: 1 undefined true 2
// expect: true 5
// expect: a,b,c,d,e 10,2,3,4,5
// expect: true false 4
// expect: nan zero true [ 'a', 'c', 'd', 'e', NaN, 0 ]
// expect: obj undefined true
// expect: one undefined
// expect: 0 Map(0) {}
// expect: Map(0) {} Map(2) { 1 => { x: [ 1, 2 ] }, 'k' => Map(1) { true => null } }
// expect: function Map 0 [object Map]
// expect: Map(1) { 1 => 2 } Map(2) { 'x' => 1, 'y' => 2 }
