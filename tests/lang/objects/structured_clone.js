// structuredClone: deep copies with shared and circular references kept,
// kinds kept for Date/RegExp/Map/Set/Error/typed arrays/boxed primitives,
// class instances made plain, functions and symbols refused.
const src = { a: 1, n: null, u: undefined, s: 'x', d: new Date(0), r: /ab+c/gi, m: new Map([[{ k: 1 }, [1, 2]]]), st: new Set([1, 'a']), arr: [1, , 3], nested: { deep: [{ x: 1 }] }, neg: -0, big: 1e300 };
src.self = src; src.arr.extra = 'e';
const c = structuredClone(src);
console.log(c, c !== src, c.self === c, c.d instanceof Date, c.d !== src.d, c.r.lastIndex, c.m.size);
class P { constructor() { this.x = 1; } get y() { return 2; } m() {} }
const p = structuredClone(new P()); console.log(p, p instanceof P, Object.getPrototypeOf(p) === Object.prototype);
console.log(structuredClone([new Error('boom', { cause: 1 })])[0].message, structuredClone(new TypeError('t')) instanceof TypeError);
try { structuredClone(() => {}); } catch (e) { console.log(e.name, e.message, e instanceof Error); }
try { structuredClone({ f() {} }); } catch (e) { console.log(e.name, e.message); }
try { structuredClone(Symbol('q')); } catch (e) { console.log(e.name, e.message); }
console.log(structuredClone(5), structuredClone('s'), structuredClone(null), structuredClone(undefined), structuredClone(new Number(3)), structuredClone(new String('w')));
const shared = { v: 1 }; const two = structuredClone([shared, shared]); console.log(two[0] === two[1]);
console.log(structuredClone(new Uint8Array([1, 2, 3])), structuredClone({ [Symbol('k')]: 1, ok: 2 }));
const o = {}; Object.defineProperty(o, 'hidden', { value: 1, enumerable: false }); o.vis = 2; console.log(structuredClone(o));
console.log(structuredClone({ get g() { return 'got'; } }));
// expect: <ref *1> {
// expect:   a: 1,
// expect:   n: null,
// expect:   u: undefined,
// expect:   s: 'x',
// expect:   d: 1970-01-01T00:00:00.000Z,
// expect:   r: /ab+c/gi,
// expect:   m: Map(1) { { k: 1 } => [ 1, 2 ] },
// expect:   st: Set(2) { 1, 'a' },
// expect:   arr: [ 1, <1 empty item>, 3, extra: 'e' ],
// expect:   nested: { deep: [ [Object] ] },
// expect:   neg: -0,
// expect:   big: 1e+300,
// expect:   self: [Circular *1]
// expect: } true true true true 0 1
// expect: { x: 1 } false true
// expect: boom true
// expect: DataCloneError () => {} could not be cloned. true
// expect: DataCloneError f() {} could not be cloned.
// expect: DataCloneError Symbol(q) could not be cloned.
// expect: 5 s null undefined [Number: 3] [String: 'w']
// expect: true
// expect: Uint8Array(3) [ 1, 2, 3 ] { ok: 2 }
// expect: { vis: 2 }
// expect: { g: 'got' }
