// `Function` and Function.prototype: instanceof, constructor, toString.
function add(a, b) { return a + b; }
console.log(typeof Function, add instanceof Function, (() => 1) instanceof Function, class {} instanceof Function);
console.log(Function.prototype.constructor === Function, Object.getPrototypeOf(add) === Function.prototype);
console.log(Function.name, Function.length, add.constructor === Function, Function.prototype.call.length, Function.prototype.apply.length, Function.prototype.bind.length);
console.log(add.toString(), Function.prototype.toString.call(add), String(Math.max));
console.log(add.call(null, 1, 2), add.apply(undefined, [3, 4]), add.apply(null), Math.max.apply(null, [1, 5, 3]));
const bound = add.bind(null, 10);
console.log(bound.toString(), bound(5), bound instanceof Function);
try { ({}) instanceof add.bind(null).bind(null) } catch (e) { console.log("no") }
console.log({} instanceof add.bind(null));
// expect: function true true true
// expect: true true
// expect: Function 1 true 1 2 1
// expect: function add(a, b) { return a + b; } function add(a, b) { return a + b; } function max() { [native code] }
// expect: 3 7 NaN 5
// expect: function () { [native code] } 15 true
// expect: false
