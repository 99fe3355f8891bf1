// Corner cases a test writer tries: static accessors inherited, defineProperty, setPrototypeOf, extends null, valueOf/toString, __proto__ in literals.
class A { static get s() { return "A.s " + this.name; } static set s(v) { this._s = v; } static m() { return "m " + this.name; } }
class B extends A {}
B.s = 5;
console.log(B.s, B.m(), B._s, Object.getOwnPropertyNames(B), A._s);
const o = {};
Object.defineProperty(o, "x", { get() { return 42; }, enumerable: false, configurable: true });
Object.defineProperty(o, "y", { value: 1, writable: false, enumerable: true });
o.y = 2;
console.log(o, o.x, o.y, Object.keys(o), Object.getOwnPropertyNames(o), JSON.stringify(o));
const proto = { hello() { return "hi " + this.n; } };
const p = Object.setPrototypeOf({ n: 3 }, proto);
console.log(p.hello(), Object.getPrototypeOf(p) === proto);
class N extends null { constructor() { return Object.create(N.prototype); } }
console.log(typeof new N(), Object.getPrototypeOf(N.prototype));
try { class M extends null {} new M(); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
try { class Q extends 5 {} } catch (e) { console.log(e.message); }
class Money { constructor(v) { this.v = v; } valueOf() { return this.v; } toString() { return "$" + this.v; } }
const a = new Money(3), b = new Money(4);
console.log(a + b, `${a}`, a < b, String(a), a + "", [a, b].join(), a * 2);
console.log({ __proto__: proto, n: 1 }.hello());
const obj = { __proto__: { hi() { return "proto"; } }, hi() { return "own"; } };
console.log(obj.hi(), Object.keys(obj));
console.log(Object.getOwnPropertyNames(class { static x = 1; static y() {} }));
// expect: A.s B m B 5 [ 'length', 'name', 'prototype', '_s' ] undefined
// expect: { y: 1 } 42 1 [ 'y' ] [ 'x', 'y' ] {"y":1}
// expect: hi 3 true
// expect: object null
// expect: TypeError: Super constructor null of M is not a constructor
// expect: Class extends value 5 is not a constructor or null
// expect: 7 $3 true $3 3 $3,$4 6
// expect: hi 1
// expect: own [ 'hi' ]
// expect: [ 'length', 'name', 'prototype', 'y', 'x' ]
