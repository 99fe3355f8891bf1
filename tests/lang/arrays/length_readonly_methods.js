var a = [1,,3];
Object.defineProperty(a, 'length', {writable: false});
a[1] = 2; console.log(a);
(function(){ 'use strict'; try { a[5] = 9; } catch (e) { console.log(e.message); } })();
(function(){ 'use strict'; try { a.length = 3; console.log('same ok'); } catch (e) { console.log(e.message); } })();
(function(){ 'use strict'; try { a.x = 3; console.log('x ok'); } catch (e) { console.log(e.message); } })();
try { Object.defineProperty(a, 'length', {value: 3}); console.log('def same ok'); } catch (e) { console.log(e.message); }
try { Object.defineProperty(a, 'length', {value: 2}); } catch (e) { console.log(e.message); }
try { Object.defineProperty(a, 'length', {writable: true}); } catch (e) { console.log(e.message); }
try { Object.defineProperty(a, 5, {value: 1}); } catch (e) { console.log(e.message); }
try { Object.defineProperty(a, 'length', {enumerable: true}); } catch (e) { console.log(e.message); }
console.log(Object.isFrozen(a), Object.isSealed(a), Object.isExtensible(a));
Object.seal(a); console.log(Object.isFrozen(a), Object.isSealed(a));
try { a.fill(0); console.log(a); } catch (e) { console.log(e.message); }
try { a.reverse(); console.log(a); } catch (e) { console.log(e.message); }
try { a.sort(); console.log(a); } catch (e) { console.log(e.message); }
try { a.copyWithin(0, 1); console.log(a); } catch (e) { console.log(e.message); }
try { a.splice(1, 0); console.log(a); } catch (e) { console.log(e.message); }
try { a.concat([1]); console.log(a.concat([1])); } catch (e) { console.log(e.message); }
var b = [1,2,3]; Object.defineProperty(b, 'length', {writable: false});
try { b.shift(); } catch (e) { console.log(e.message, b); }
var c = [1,2,3]; Object.defineProperty(c, 'length', {writable: false});
try { c.unshift(); console.log('unshift0 ok'); } catch (e) { console.log(e.message, c); }
try { c.push(); console.log('push0 ok'); } catch (e) { console.log(e.message, c); }
try { c.splice(0, 1, 7); console.log(c); } catch (e) { console.log(e.message, c); }
var d = []; Object.defineProperty(d, 'length', {value: 0, writable: false});
try { d.pop(); console.log('pop empty ok'); } catch (e) { console.log(e.message); }
console.log(Object.getOwnPropertyDescriptor(d, 'length'), Object.getOwnPropertyDescriptors([1]));
var e = [1,2,3,4]; Object.defineProperty(e, 'length', {value: 2, writable: false}); console.log(e, e.length, e[3]);
var f = Object.freeze([1]); console.log(Object.getOwnPropertyDescriptor(f, 'length'));
var g = Object.defineProperty([1, 2], 'length', {writable: false}); console.log(Object.isFrozen(Object.preventExtensions(g)), Object.isFrozen(Object.freeze([])));
var h = [1,2]; Object.defineProperty(h, 'length', {writable: false}); Object.preventExtensions(h);

// expect: [ 1, 2, 3 ]
// expect: Cannot assign to read only property 'length' of object '[object Array]'
// expect: Cannot assign to read only property 'length' of object '[object Array]'
// expect: x ok
// expect: def same ok
// expect: Cannot redefine property: length
// expect: Cannot redefine property: length
// expect: Cannot define property 5, object is not extensible
// expect: Cannot redefine property: length
// expect: false false true
// expect: false true
// expect: [ 0, 0, 0, x: 3 ]
// expect: [ 0, 0, 0, x: 3 ]
// expect: [ 0, 0, 0, x: 3 ]
// expect: [ 0, 0, 0, x: 3 ]
// expect: Cannot assign to read only property 'length' of object '[object Array]'
// expect: [ 0, 0, 0, 1 ]
// expect: Cannot assign to read only property 'length' of object '[object Array]' [ 2, 3, <1 empty item> ]
// expect: Cannot assign to read only property 'length' of object '[object Array]' [ 1, 2, 3 ]
// expect: push0 ok
// expect: Cannot assign to read only property 'length' of object '[object Array]' [ 7, 2, 3 ]
// expect: Cannot assign to read only property 'length' of object '[object Array]'
// expect: { value: 0, writable: false, enumerable: false, configurable: false } {
// expect:   '0': { value: 1, writable: true, enumerable: true, configurable: true },
// expect:   length: { value: 1, writable: true, enumerable: false, configurable: false }
// expect: }
// expect: [ 1, 2 ] 2 undefined
// expect: { value: 1, writable: false, enumerable: false, configurable: false }
// expect: false true
