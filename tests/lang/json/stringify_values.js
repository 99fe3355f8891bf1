// JSON.stringify of every kind of value.
console.log(JSON.stringify(1), JSON.stringify(-1.5), JSON.stringify(-0), JSON.stringify(1e21), JSON.stringify(5e-7)); // expect: 1 -1.5 0 1e+21 5e-7
console.log(JSON.stringify(NaN), JSON.stringify(Infinity), JSON.stringify(-Infinity)); // expect: null null null
console.log(JSON.stringify("text"), JSON.stringify(""), JSON.stringify(true), JSON.stringify(false), JSON.stringify(null)); // expect: "text" "" true false null
console.log(JSON.stringify(undefined), JSON.stringify(function () {}), typeof JSON.stringify(undefined)); // expect: undefined undefined undefined
console.log(JSON.stringify({ a: 1, b: "two", c: [3, 4], d: { e: null } })); // expect: {"a":1,"b":"two","c":[3,4],"d":{"e":null}}
console.log(JSON.stringify([1, "a", true, null, undefined, function () {}, NaN])); // expect: [1,"a",true,null,null,null,null]
console.log(JSON.stringify({ u: undefined, f: function () {}, n: NaN, i: -Infinity, ok: 1 })); // expect: {"n":null,"i":null,"ok":1}
console.log(JSON.stringify([]), JSON.stringify({}), JSON.stringify([[]]), JSON.stringify([{}]), JSON.stringify({ a: [] })); // expect: [] {} [[]] [{}] {"a":[]}
var holes = [];
holes.length = 3;
console.log(JSON.stringify([1, , 3]), JSON.stringify(holes)); // expect: [1,null,3] [null,null,null]
console.log(JSON.stringify({ 2: "b", 1: "a", z: 1, y: 2 })); // expect: {"1":"a","2":"b","z":1,"y":2}
var o = { keep: 1, drop: 2 };
delete o.drop;
o.added = 3;
console.log(JSON.stringify(o)); // expect: {"keep":1,"added":3}
function P(x) { this.x = x; }
P.prototype.inherited = 1;
console.log(JSON.stringify(new P(5))); // expect: {"x":5}
console.log(JSON.stringify(Object.defineProperty({ a: 1 }, "hidden", { value: 2 }))); // expect: {"a":1}
console.log(JSON.stringify(Object("s")), JSON.stringify(Object(5)), JSON.stringify(Object(false))); // expect: "s" 5 false
console.log(JSON.stringify(Object.create(null))); // expect: {}
console.log(JSON.stringify(JSON), JSON.stringify.length, JSON.parse.length); // expect: {} 3 2
