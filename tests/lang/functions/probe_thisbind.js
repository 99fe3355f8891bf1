var obj = { name: 'obj', get() { return this && this.name; }, arrow: () => typeof this, nested() { return [1].map(function() { return this; })[0]; }, nested2() { return [1].map(() => this.name)[0]; } };
var g = obj.get; console.log(obj.get(), g(), (obj.get)(), (0, obj.get)(), obj.arrow(), obj.nested() === globalThis, obj.nested2());
console.log(g.call({ name: 'c' }), g.apply({ name: 'a' }, []), g.bind({ name: 'b' })(), g.bind({ name: 'b' }).call({ name: 'x' }));
function strictThis() { 'use strict'; return this; } console.log(strictThis(), strictThis.call(5), typeof strictThis.call('s'), strictThis.call(null));
function sloppyThis() { return this; } console.log(typeof sloppyThis.call(5), sloppyThis.call(null) === globalThis, sloppyThis.call(5) instanceof Number);
var bound = function(a, b) { return [this.v, a, b]; }.bind({ v: 1 }, 2); console.log(bound(3), bound.name, bound.length, new (function F(x) { this.x = x; }.bind(null, 7))());
class K { constructor() { this.v = 'k'; } m() { return this; } static s() { return this === K; } }
var k = new K(); var m = k.m; console.log(m(), K.s(), [k].map(k.m)[0], [1].map(k.m, 'ctx')[0]);
var o2 = { f() { return () => () => this.z; }, z: 'deep' }; console.log(o2.f()()());
console.log([1, 2].map(parseInt), ['1', '2', '3'].map(parseInt), ['a'].map(String.prototype.toUpperCase.call, String.prototype.toUpperCase));
var counter = { c: 0, inc() { this.c++; return this; } }; console.log(counter.inc().inc().c);
console.log(typeof (function() { return this; }).call(undefined));

// expect: obj undefined obj undefined object true obj
// expect: c a b b
// expect: undefined 5 string null
// expect: object true true
// expect: [ 1, 2, 3 ] bound  1 F { x: 7 }
// expect: undefined true undefined ctx
// expect: deep
// expect: [ 1, NaN ] [ 1, NaN, NaN ] [ 'A' ]
// expect: 2
// expect: object
