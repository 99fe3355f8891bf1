// Object.fromEntries, and the round trip with Object.entries.
var o = Object.fromEntries([["a", 1], ["b", 2], [3, "three"]]);
console.log(JSON.stringify(o)); // expect: {"3":"three","a":1,"b":2}
console.log(JSON.stringify(Object.fromEntries(Object.entries({ x: 1, y: 2 })))); // expect: {"x":1,"y":2}
console.log(JSON.stringify(Object.fromEntries([]))); // expect: {}
console.log(JSON.stringify(Object.fromEntries([["k", 1], ["k", 2]]))); // expect: {"k":2}
var pairs = Object.entries({ p: 1, q: 2 });
for (var i = 0; i < pairs.length; i++) pairs[i][1] = pairs[i][1] * 2;
var doubled = Object.fromEntries(pairs);
console.log(JSON.stringify(doubled)); // expect: {"p":2,"q":4}
