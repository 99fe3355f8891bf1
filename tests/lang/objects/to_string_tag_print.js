// console.log honours Symbol.toStringTag as node's getPrefix does: inherited, non-enumerable and getter tags, not own enumerable ones.
const o = { a: 1, [Symbol.toStringTag]: 'Tag' };
console.log(o);
class Foo { get [Symbol.toStringTag]() { return 'Bar'; } constructor(){ this.x = 1; } }
console.log(new Foo());
class E { get [Symbol.toStringTag]() { return 'E'; } }
console.log(new E(), [new E()], { e: new E() });
console.log(Object.prototype.toString.call(new Foo()), String(o));
const n = Object.create(null); n[Symbol.toStringTag] = 'N'; console.log(n);
console.log({ [Symbol.toStringTag]: 'Object' });
{
const n = Object.create(null); n[Symbol.toStringTag] = 'N'; n.a=1; console.log(n);
const n2 = Object.create(null); Object.defineProperty(n2, Symbol.toStringTag, {value:'Q'}); n2.a=1; console.log(n2);
const o = {a:1}; Object.defineProperty(o, Symbol.toStringTag, {value:'Q'}); console.log(o);
const p = Object.create({[Symbol.toStringTag]: 'Pr'}); p.b = 2; console.log(p);
class A { constructor(){ this.v=1; } } A.prototype[Symbol.toStringTag] = 'AA'; console.log(new A());
class B { get [Symbol.toStringTag]() { return 'B'; } } console.log(new B());
class C { get [Symbol.toStringTag]() { return 'X'; } } const c = new C(); c.q = 1; console.log([c], {c});
class D { get [Symbol.toStringTag]() { return 5; } } console.log(new D());
function F(){ this.z = 1; } F.prototype[Symbol.toStringTag] = 'Fz'; console.log(new F());
console.log({ [Symbol.toStringTag]: '' });
class H { get [Symbol.toStringTag]() { throw new Error('boom'); } } try { console.log(new H()); } catch(e) { console.log('threw', e.message); }
}

// expect: { a: 1, [Symbol(Symbol.toStringTag)]: 'Tag' }
// expect: Foo [Bar] { x: 1 }
// expect: E {} [ E {} ] { e: E {} }
// expect: [object Bar] [object Tag]
// expect: [N: null prototype] { [Symbol(Symbol.toStringTag)]: 'N' }
// expect: { [Symbol(Symbol.toStringTag)]: 'Object' }
// expect: [N: null prototype] { a: 1, [Symbol(Symbol.toStringTag)]: 'N' }
// expect: [Object: null prototype] [Q] { a: 1 }
// expect: Object [Q] { a: 1 }
// expect: Object [Pr] { b: 2 }
// expect: A [AA] { v: 1 }
// expect: B {}
// expect: [ C [X] { q: 1 } ] { c: C [X] { q: 1 } }
// expect: D {}
// expect: F [Fz] { z: 1 }
// expect: { [Symbol(Symbol.toStringTag)]: '' }
// expect: threw boom
