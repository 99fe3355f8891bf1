// Accessors with index keys (in literals, classes and defineProperty):
// reads, writes, `in`, keys and descriptors find them as element keys.
var o = { get 0() { return "zero"; }, set 1(v) { this.last = v; }, 2: "data", name: "n" };
console.log(o[0], o["0"], o[1], o[2]); // expect: zero zero undefined data
o[1] = 7;
console.log(o.last, 0 in o, 1 in o, 3 in o, o.hasOwnProperty(0)); // expect: 7 true true false true
console.log(o, Object.keys(o), JSON.stringify(o)); // expect: { '0': [Getter], '1': [Setter], '2': 'data', name: 'n', last: 7 } [ '0', '1', '2', 'name', 'last' ] {"0":"zero","2":"data","name":"n","last":7}
var later = { b: 1, get 5() { return 5; }, a: 2, 3: "three" };
console.log(later, Object.keys(later), Object.entries(later)); // expect: { '3': 'three', '5': [Getter], b: 1, a: 2 } [ '3', '5', 'b', 'a' ] [ [ '3', 'three' ], [ '5', 5 ], [ 'b', 1 ], [ 'a', 2 ] ]
var seen = [];
for (var k in later) seen.push(k);
console.log(seen); // expect: [ '3', '5', 'b', 'a' ]
console.log(Object.getOwnPropertyDescriptor(o, 0).get !== undefined, Object.getOwnPropertyDescriptor(o, "1").set !== undefined); // expect: true true
var d = {};
Object.defineProperty(d, 4, { get() { return "four"; }, enumerable: true, configurable: true });
console.log(d[4], d, Object.keys(d)); // expect: four { '4': [Getter] } [ '4' ]
console.log(delete d[4], d[4], 4 in d); // expect: true undefined false
class C { get 0() { return "class getter"; } static get 1() { return "static"; } }
console.log(new C()[0], C[1]); // expect: class getter static
var counter = { n: 0, get 0() { return ++this.n; } };
var sum = 0;
for (var i = 0; i < 100; i++) sum += counter[0];
console.log(sum, counter.n); // expect: 5050 100
var only = { get 0() { return 1; } };
only[0] = 2;
console.log(only[0]); // expect: 1
(function () {
  "use strict";
  try { only[0] = 3; } catch (e) { console.log(e.name, e.message); } // expect: TypeError Cannot set property 0 of #<Object> which has only a getter
})();
