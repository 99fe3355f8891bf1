var obj = {};
try { obj.__proto__ = obj; console.log('no throw'); } catch (e) { console.log(e.message); }
var a1 = {}; var a2 = Object.create(a1);
try { a1.__proto__ = a2; console.log('no throw2'); } catch (e) { console.log(e.message); }
var o = {}; var p = {a: 1};
o.__proto__ = p; console.log(o.a, o.__proto__ === p, Object.getPrototypeOf(o) === p, '__proto__' in o, Object.keys(o));
var q = { __proto__: p }; console.log(q.a, Object.keys(q));

// expect: Cyclic __proto__ value
// expect: Cyclic __proto__ value
// expect: 1 true true true []
// expect: 1 []
