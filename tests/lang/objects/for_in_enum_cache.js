// for...in over objects of one shape, as the enum cache sees them.
function keys(o) { var out = []; for (var k in o) out.push(k); return out.join(','); }
function P(a, b) { this.a = a; this.b = b; }
var objs = [];
for (var i = 0; i < 5; i++) objs.push(new P(i, i * 2));
console.log(keys(objs[0]), keys(objs[1]));
// A key deleted during the loop, before its turn, is skipped; one added is not visited.
var o = new P(1, 2); o.c = 3; o.d = 4;
var seen = [];
for (var k in o) { seen.push(k); if (k === 'a') { delete o.c; o.e = 5; } }
console.log(seen.join(','));
var o2 = new P(1, 2); o2.c = 3; o2.d = 4;
console.log(keys(o2));
// The last key deleted steps the shape back.
var o3 = new P(1, 2); var s3 = [];
for (var k in o3) { s3.push(k); delete o3.b; }
console.log(s3.join(','), keys(o3));
// A prototype that gains an enumerable key later.
console.log(keys(new P(7, 8)));
P.prototype.m = function () {};
console.log(keys(new P(7, 8)));
delete P.prototype.m;
Object.defineProperty(P.prototype, 'hidden', { value: 1, enumerable: false });
console.log(keys(new P(7, 8)));
Object.prototype.everywhere = 1;
console.log(keys({ x: 1 }), keys(new P(1, 1)));
delete Object.prototype.everywhere;
console.log(keys({ x: 1 }), keys(new P(1, 1)));
// Non-enumerable own keys and symbols are not visited; a non-enumerable own key shadows.
var q = { x: 1, y: 2 };
Object.defineProperty(q, 'z', { value: 3, enumerable: false });
q[Symbol('s')] = 4;
console.log(keys(q));
var child = Object.create({ y: 1, z: 2, w: 3 });
child.a = 1;
Object.defineProperty(child, 'z', { value: 0, enumerable: false });
console.log(keys(child));
// Index keys come first, then names; elements added later.
var arr = [];
arr.name = 'n';
console.log(keys(arr));
arr.push(1, 2);
console.log(keys(arr));
var mixed = { b: 1, 2: 'two', a: 2, 1: 'one' };
console.log(keys(mixed));
// Same keys, different prototypes; a dictionary-mode object.
var d = { p: 1, q: 2, r: 3 };
delete d.p;
console.log(keys(d), keys(Object.create(d)));
// The loop's strings are the keys themselves.
var t = { alpha: 1, beta: 2 };
for (var k in t) console.log(typeof k, k.length, t[k]);
// Redefining a key as non-enumerable after loops cached the shape.
var u1 = { m: 1, n: 2 }, u2 = { m: 1, n: 2 };
console.log(keys(u1));
Object.defineProperty(u2, 'm', { enumerable: false });
console.log(keys(u2), keys(u1));
// A class with private fields and accessors on the prototype.
class C { #secret = 1; pub = 2; get g() { return 1; } }
console.log(keys(new C()));
// for...in over primitives and null.
console.log(keys('ab'), keys(5), keys(null), keys(undefined));
// expect: a,b a,b
// expect: a,b,d
// expect: a,b,c,d
// expect: a a
// expect: a,b
// expect: a,b,m
// expect: a,b
// expect: x,everywhere a,b,everywhere
// expect: x a,b
// expect: x,y
// expect: a,y,w
// expect: name
// expect: 0,1,name
// expect: 1,2,b,a
// expect: q,r q,r
// expect: string 5 1
// expect: string 4 2
// expect: m,n
// expect: n m,n
// expect: pub
// expect: 0,1   
