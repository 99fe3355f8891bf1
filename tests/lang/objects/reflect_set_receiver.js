var target = { set x(v) { this._x = v; }, get y() { return this.z; } };
var recv = { z: 7 };
console.log(Reflect.set(target, 'x', 5, recv), recv._x, target._x);
console.log(Reflect.get(target, 'y', recv));
var plain = { a: 1 };
var r2 = {};
console.log(Reflect.set(plain, 'a', 2, r2), plain.a, r2.a);
var frozenRecv = Object.freeze({});
console.log(Reflect.set(plain, 'a', 3, frozenRecv), plain.a);
var ro = {}; Object.defineProperty(ro, 'a', {value: 1, writable: false, configurable: true});
console.log(Reflect.set(plain, 'a', 4, ro), ro.a);
var acc = {}; Object.defineProperty(acc, 'a', {get() { return 1; }, configurable: true});
console.log(Reflect.set(plain, 'a', 4, acc), acc.a);
console.log(Reflect.set(plain, 'q', 4, 5));
var proto = { set p(v) { console.log('setter this', this === child, v); } };
var child = Object.create(proto);
console.log(Reflect.set(child, 'p', 1));
console.log(Reflect.set(proto, 'p', 2, child));
var arr = [1,2,3];
var other = [];
console.log(Reflect.set(arr, 0, 9, other), arr, other);
console.log(Reflect.set(arr, 'length', 1, other), arr, other);
console.log(Reflect.set({}, 'k', 1, recv), recv.k, Object.getOwnPropertyDescriptor(recv, 'k'));
var nw = Object.defineProperty({}, 'w', {value: 1, writable: false});
console.log(Reflect.set(nw, 'w', 2, {}), Reflect.set(nw, 'w', 2));
try { Reflect.set(1, 'a', 1); } catch (e) { console.log(e.message); }
console.log(Reflect.set(target, 'x', 8, undefined));

// expect: true 5 undefined
// expect: 7
// expect: true 1 2
// expect: false 1
// expect: false 1
// expect: false 1
// expect: false
// expect: setter this true 1
// expect: true
// expect: setter this true 2
// expect: true
// expect: true [ 1, 2, 3 ] [ 9 ]
// expect: true [ 1, 2, 3 ] [ 9 ]
// expect: true 1 { value: 1, writable: true, enumerable: true, configurable: true }
// expect: false false
// expect: Reflect.set called on non-object
// expect: true
