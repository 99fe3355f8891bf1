// console.log of generator functions and objects, as node prints them.
function* g() { yield 1; }
const anon = function* () {};
const o = { *m() {}, *[Symbol.iterator]() {} };
class C { *gen() {} static *s() {} }
console.log(g, anon, o, C.prototype.gen, C.s);
console.log(g(), [g()], { it: g() });
console.log(typeof g, typeof g(), String(g), String(o.m));
console.log(Object.prototype.toString.call(g()), `${g()}`, g.name, g.length, anon.name);
console.log(Object.getPrototypeOf(g), g.prototype, Object.getPrototypeOf(g.prototype) === Object.getPrototypeOf(anon.prototype));
console.log(g.hasOwnProperty("prototype"), Object.getOwnPropertyNames(g));
const it = g();
it.extra = 5;
console.log(it);
// expect: [GeneratorFunction: g] [GeneratorFunction: anon] {
// expect:   m: [GeneratorFunction: m],
// expect:   [Symbol(Symbol.iterator)]: [GeneratorFunction: [Symbol.iterator]]
// expect: } [GeneratorFunction: gen] [GeneratorFunction: s]
// expect: Object [Generator] {} [ Object [Generator] {} ] { it: Object [Generator] {} }
// expect: function object function* g() { yield 1; } *m() {}
// expect: [object Generator] [object Generator] g 0 anon
// expect: Function [GeneratorFunction] {} Object [Generator] {} true
// expect: true [ 'length', 'name', 'prototype' ]
// expect: Object [Generator] { extra: 5 }
