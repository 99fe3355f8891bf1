// Reflect: the object operations as functions, answering false where
// Object's statics throw.
var sym = Symbol("s");
var o = { b: 1, 2: "two", a: 2, [sym]: 3, 1: "one" };
Object.defineProperty(o, "hidden", { value: 4 });
console.log(Reflect.ownKeys(o)); // expect: [ '1', '2', 'b', 'a', 'hidden', Symbol(s) ]
console.log(Reflect.ownKeys([1, 2]), Reflect.ownKeys((x) => x)); // expect: [ '0', '1', 'length' ] [ 'length', 'name' ]
console.log(Reflect.has(o, "a"), Reflect.has(o, "toString"), Reflect.has([1], 0), Reflect.has(o, sym)); // expect: true true true true
console.log(Reflect.get(o, "a"), Reflect.get([5, 6], 1), Reflect.get(o, "missing")); // expect: 2 6 undefined
var withGetter = { get who() { return this.name; }, name: "self" };
console.log(Reflect.get(withGetter, "who"), Reflect.get(withGetter, "who", { name: "receiver" })); // expect: self receiver
console.log(Reflect.set(o, "a", 10), o.a); // expect: true 10
var frozen = Object.freeze({ x: 1 });
console.log(Reflect.set(frozen, "x", 2), Reflect.set(frozen, "y", 2), frozen); // expect: false false { x: 1 }
var ro = Object.defineProperty({}, "r", { value: 1 });
console.log(Reflect.set(ro, "r", 2), ro.r, Reflect.set(Object.create(ro), "r", 3)); // expect: false 1 false
console.log(Reflect.set({ set s(v) { this.got = v; } }, "s", 1), Reflect.set({ get g() { return 1; } }, "g", 1)); // expect: true false
console.log(Reflect.getPrototypeOf([]) === Array.prototype, Reflect.getPrototypeOf(Object.create(null))); // expect: true null
var child = {};
console.log(Reflect.setPrototypeOf(child, o), child.b, Reflect.setPrototypeOf(o, child), Reflect.setPrototypeOf(Object.preventExtensions({}), {})); // expect: true 1 false false
var target = {};
console.log(Reflect.defineProperty(target, "x", { value: 1 }), Reflect.defineProperty(target, "x", { value: 2 }), target.x); // expect: true false 1
console.log(Reflect.getOwnPropertyDescriptor(target, "x"), Reflect.getOwnPropertyDescriptor(target, "nope")); // expect: { value: 1, writable: false, enumerable: false, configurable: false } undefined
console.log(Reflect.deleteProperty(target, "x"), Reflect.deleteProperty(o, "a"), o.a, Reflect.deleteProperty(o, "nope")); // expect: false true undefined true
console.log(Reflect.isExtensible(target), Reflect.preventExtensions(target), Reflect.isExtensible(target)); // expect: true true false
console.log(Reflect.apply(Math.max, null, [1, 3, 2]), Reflect.apply(function () { return this.v; }, { v: 7 }, [])); // expect: 3 7
console.log(Reflect.apply(String.prototype.slice, "hello", [1, 3])); // expect: el
class Point { constructor(x, y) { this.x = x; this.y = y; } }
class Other { }
var p = Reflect.construct(Point, [1, 2]);
console.log(p, p instanceof Point); // expect: Point { x: 1, y: 2 } true
var q = Reflect.construct(Point, [3, 4], Other);
console.log(q, q instanceof Other, q instanceof Point); // expect: Other { x: 3, y: 4 } true false
console.log(Reflect.construct(Date, [0]).toISOString(), Reflect.construct(Array, [3]).length); // expect: 1970-01-01T00:00:00.000Z 3
console.log(typeof Reflect, Object.prototype.toString.call(Reflect), Reflect.ownKeys.length, Reflect.apply.name); // expect: object [object Reflect] 1 apply
try { Reflect.ownKeys(1); } catch (e) { console.log(e.name, e.message); } // expect: TypeError Reflect.ownKeys called on non-object
try { Reflect.get(null, "x"); } catch (e) { console.log(e.name, e.message); } // expect: TypeError Reflect.get called on non-object
try { Reflect.apply(1, null, []); } catch (e) { console.log(e.name, e.message); } // expect: TypeError Function.prototype.apply was called on 1, which is a number and not a function
try { Reflect.apply(Math.max, null, 1); } catch (e) { console.log(e.name, e.message); } // expect: TypeError CreateListFromArrayLike called on non-object
try { Reflect.construct(() => 1, []); } catch (e) { console.log(e.name, e.message); } // expect: TypeError () => 1 is not a constructor
Reflect.defineProperty(1, "x", {});
// expect error: TypeError: Reflect.defineProperty called on non-object
