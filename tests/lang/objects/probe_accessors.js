var o = { _v: 1, get v() { return this._v * 2; }, set v(x) { this._v = x; } };
o.v = 5; console.log(o.v, o, Object.getOwnPropertyDescriptor(o, 'v'));
var d = Object.getOwnPropertyDescriptor(o, 'v'); console.log(typeof d.get, d.get.name, d.set.name);
var q = {}; Object.defineProperty(q, 'x', { get: function() { return 42; }, enumerable: false, configurable: true });
console.log(q.x, Object.keys(q), q, JSON.stringify(q));
q.x = 9; console.log(q.x);
(function() { 'use strict'; try { q.x = 9; } catch (e) { console.log(e.message); } })();
Object.defineProperty(q, 'x', { value: 7 }); console.log(Object.getOwnPropertyDescriptor(q, 'x'));
var r = Object.defineProperties({}, { a: { value: 1, enumerable: true }, b: { get() { return 2; } } });
console.log(r, r.b, Object.getOwnPropertyDescriptors(r));
try { Object.defineProperty({}, 'z', { get: 1 }); } catch (e) { console.log(e.name, e.message); }
try { Object.defineProperty({}, 'z', { get() {}, value: 1 }); } catch (e) { console.log(e.name, e.message); }
try { Object.defineProperty(1, 'z', {}); } catch (e) { console.log(e.name, e.message); }
var f = Object.freeze({ a: 1, nested: { b: 2 } }); f.a = 2; f.nested.b = 3; f.c = 1; delete f.a;
console.log(f, Object.isFrozen(f), Object.isFrozen(f.nested), Object.isSealed(f), Object.isExtensible(f));
var s = Object.seal({ a: 1 }); s.a = 2; s.b = 3; delete s.a; console.log(s, Object.isSealed(s), Object.isFrozen(s));
var pe = Object.preventExtensions({ a: 1 }); pe.b = 1; delete pe.a; console.log(pe, Object.isExtensible(pe), Object.isSealed(pe), Object.isFrozen(pe));
(function() { 'use strict';
  try { f.a = 2; } catch (e) { console.log(e.message); }
  try { f.c = 2; } catch (e) { console.log(e.message); }
  try { delete f.a; } catch (e) { console.log(e.message); }
  try { s.b = 2; } catch (e) { console.log(e.message); }
  try { delete s.a; } catch (e) { console.log(e.message); }
  try { Object.defineProperty(f, 'a', { value: 3 }); } catch (e) { console.log(e.message); }
})();
console.log(Object.isFrozen(1), Object.freeze(1), Object.isFrozen({}), Object.isFrozen(Object.preventExtensions({})));
class P { get g() { return 'pg'; } set s(v) { console.log('set s', v); } }
var inst = new P(); inst.g = 1; inst.s = 2; console.log(inst.g, Object.keys(inst), Object.getOwnPropertyNames(P.prototype));
var withGetter = { get a() { return 1; }, b: 2 }; console.log(withGetter, [withGetter]);
var setOnly = { set a(v) {} }; console.log(setOnly, setOnly.a);
var both = { get a() { return 1; }, set a(v) {} }; console.log(both);

// expect: 10 { _v: 5, v: [Getter/Setter] } {
// expect:   get: [Function: get v],
// expect:   set: [Function: set v],
// expect:   enumerable: true,
// expect:   configurable: true
// expect: }
// expect: function get v set v
// expect: 42 [] {} {}
// expect: 42
// expect: Cannot set property x of #<Object> which has only a getter
// expect: { value: 7, writable: false, enumerable: false, configurable: true }
// expect: { a: 1 } 2 {
// expect:   a: { value: 1, writable: false, enumerable: true, configurable: false },
// expect:   b: {
// expect:     get: [Function: get],
// expect:     set: undefined,
// expect:     enumerable: false,
// expect:     configurable: false
// expect:   }
// expect: }
// expect: TypeError Getter must be a function: 1
// expect: TypeError Invalid property descriptor. Cannot both specify accessors and a value or writable attribute, #<Object>
// expect: TypeError Object.defineProperty called on non-object
// expect: { a: 1, nested: { b: 3 } } true false true false
// expect: { a: 2 } true false
// expect: {} false true true
// expect: Cannot assign to read only property 'a' of object '#<Object>'
// expect: Cannot add property c, object is not extensible
// expect: Cannot delete property 'a' of #<Object>
// expect: Cannot add property b, object is not extensible
// expect: Cannot delete property 'a' of #<Object>
// expect: Cannot redefine property: a
// expect: true 1 false true
// expect: set s 2
// expect: pg [] [ 'constructor', 'g', 's' ]
// expect: { a: [Getter], b: 2 } [ { a: [Getter], b: 2 } ]
// expect: { a: [Setter] } undefined
// expect: { a: [Getter/Setter] }
