var a = [1,2,3];
Object.defineProperty(a, 'length', {writable: false});
function f(a, x) { try { a.push(x); } catch (e) { console.log(e.constructor.name, e.message); } }
for (var i = 0; i < 5; i++) f(a, i);
console.log(a, a.length);
var b = [1,2];
for (var i = 0; i < 3; i++) f(b, i);
console.log(b);
try { a.pop(); } catch (e) { console.log(e.message); }
console.log(a);
try { a.length = 0; console.log('no throw', a.length); } catch (e) { console.log(e.message); }
(function(){ 'use strict'; try { a.length = 0; } catch (e) { console.log(e.message); } })();
try { a[3] = 9; console.log(a[3], a.length); } catch (e) { console.log(e.message); }
(function(){ 'use strict'; try { a[3] = 9; } catch (e) { console.log(e.message); } })();
try { a.unshift(0); } catch (e) { console.log(e.message); }
try { a.splice(0, 1); } catch (e) { console.log(e.message); }
console.log(a, Object.getOwnPropertyDescriptor(a, 'length'));
var c = [5,6,7];
Object.defineProperty(c, 'length', {value: 2});
console.log(c, c.length);
try { Object.defineProperty(c, 'length', {value: 1, writable: false}); console.log(c); Object.defineProperty(c, 'length', {value: 3}); } catch (e) { console.log(e.message); }
try { c.shift(); } catch (e) { console.log(e.message); }
console.log(c);

// expect: TypeError Cannot assign to read only property 'length' of object '[object Array]'
// expect: TypeError Cannot assign to read only property 'length' of object '[object Array]'
// expect: TypeError Cannot assign to read only property 'length' of object '[object Array]'
// expect: TypeError Cannot assign to read only property 'length' of object '[object Array]'
// expect: TypeError Cannot assign to read only property 'length' of object '[object Array]'
// expect: [ 1, 2, 3 ] 3
// expect: [ 1, 2, 0, 1, 2 ]
// expect: Cannot assign to read only property 'length' of object '[object Array]'
// expect: [ 1, 2, <1 empty item> ]
// expect: no throw 3
// expect: Cannot assign to read only property 'length' of object '[object Array]'
// expect: undefined 3
// expect: Cannot assign to read only property 'length' of object '[object Array]'
// expect: Cannot assign to read only property 'length' of object '[object Array]'
// expect: Cannot assign to read only property 'length' of object '[object Array]'
// expect: [ 1, 2, <1 empty item> ] { value: 3, writable: false, enumerable: false, configurable: false }
// expect: [ 5, 6 ] 2
// expect: [ 5 ]
// expect: Cannot redefine property: length
// expect: Cannot assign to read only property 'length' of object '[object Array]'
// expect: [ <1 empty item> ]
