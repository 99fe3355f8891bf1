// Sealed arrays: elements stay writable, none may be added or deleted, so
// pop, shift, splice and shrinking `length` throw V8's TypeErrors.
var a = Object.seal([1, 2, 3]);
a[0] = 9;
console.log(a, Object.isSealed(a), Object.isFrozen(a), Object.isExtensible(a)); // expect: [ 9, 2, 3 ] true false false
try { a.pop(); } catch (e) { console.log(e.constructor.name, e.message); } // expect: TypeError Cannot delete property '2' of [object Array]
try { a.push(4); } catch (e) { console.log(e.message); } // expect: Cannot add property 3, object is not extensible
try { a.shift(); } catch (e) { console.log(e.message); } // expect: Cannot delete property '2' of [object Array]
console.log(a); // expect: [ 2, 3, 3 ]
try { a.unshift(0); } catch (e) { console.log(e.message); } // expect: Cannot add property 3, object is not extensible
try { a.splice(0, 1); } catch (e) { console.log(e.message); } // expect: Cannot delete property '2' of [object Array]
var b = Object.seal([1, 2, 3]);
b.length = 1;
console.log(b.length, b, delete b[0], b[0]); // expect: 3 [ 1, 2, 3 ] false 1
b.length = 5;
console.log(b.length, b); // expect: 5 [ 1, 2, 3, <2 empty items> ]
console.log(Object.getOwnPropertyDescriptor(b, 0)); // expect: { value: 1, writable: true, enumerable: true, configurable: false }
(function () {
  "use strict";
  try { b.length = 0; } catch (e) { console.log(e.message); } // expect: Cannot delete property '2' of [object Array]
  try { delete b[1]; } catch (e) { console.log(e.message); } // expect: Cannot delete property '1' of [object Array]
  try { b[7] = 1; } catch (e) { console.log(e.message); } // expect: Cannot add property 7, object is not extensible
})();
console.log(b.length, b.reverse(), b.sort(), b.fill(7)); // expect: 3 [ 7, 7, 7 ] [ 7, 7, 7 ] [ 7, 7, 7 ]
var f = Object.freeze([1, 2]);
try { f.length = 0; console.log('ignored'); } catch (e) { console.log(e.message); } // expect: ignored
console.log(f.length); // expect: 2
var e = Object.seal([]);
console.log(Object.isSealed(e), Object.isFrozen(e)); // expect: true true
for (var i = 0; i < 50; i++) a[i % 3] = i;
console.log(a); // expect: [ 48, 49, 47 ]
a.pop();
// expect error: TypeError: Cannot delete property '2' of [object Array]
