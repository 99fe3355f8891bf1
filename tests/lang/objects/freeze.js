// freeze: later writes, additions and deletions are ignored (sloppy mode).
var o = { a: 1, b: { c: 2 } };
console.log(Object.isFrozen(o), Object.isExtensible(o)); // expect: false true
var f = Object.freeze(o);
console.log(f === o, Object.isFrozen(o), Object.isExtensible(o)); // expect: true true false
o.a = 99;
o.z = 1;
delete o.a;
console.log(JSON.stringify(o)); // expect: {"a":1,"b":{"c":2}}
o.b.c = 3; // freezing is shallow
console.log(JSON.stringify(o)); // expect: {"a":1,"b":{"c":3}}
var a = Object.freeze([1, 2, 3]);
a[0] = 5;
a[5] = 1;
console.log(JSON.stringify(a), a.length); // expect: [1,2,3] 3
console.log(Object.isFrozen(1), Object.isFrozen("s"), Object.freeze(5)); // expect: true true 5
var p = { x: 1 };
Object.preventExtensions(p);
p.y = 2;
p.x = 3;
console.log(JSON.stringify(p), Object.isExtensible(p), Object.isFrozen(p)); // expect: {"x":3} false false
delete p.x;
console.log(JSON.stringify(p), Object.isFrozen(p)); // expect: {} true
console.log(Object.isFrozen(Object.preventExtensions({})), Object.isExtensible(1)); // expect: true false
var s = Object.seal({ k: 1 });
s.k = 2;
s.n = 3;
delete s.k;
console.log(JSON.stringify(s), Object.isSealed(s), Object.isFrozen(s), Object.isSealed({})); // expect: {"k":2} true false false
