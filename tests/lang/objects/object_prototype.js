// Object(), Object.prototype's methods, Function.prototype.call/apply/toString.
var o = { a: 1 };
console.log(Object(o) === o, JSON.stringify(Object()), JSON.stringify(new Object()), JSON.stringify(Object(null))); // expect: true {} {} {}
console.log(typeof Object(1), typeof Object("s"), typeof Object(undefined)); // expect: object object object
console.log(o.hasOwnProperty("a"), o.hasOwnProperty("b"), o.hasOwnProperty("toString")); // expect: true false false
console.log([1, 2].hasOwnProperty(0), [1, 2].hasOwnProperty("length"), "abc".hasOwnProperty(1), "abc".hasOwnProperty(3)); // expect: true true true false
console.log(Object.hasOwn(o, "a"), Object.hasOwn([], "length")); // expect: true true
var toStr = Object.prototype.toString;
console.log(toStr.call({}), toStr.call([]), toStr.call(null), toStr.call(undefined)); // expect: [object Object] [object Array] [object Null] [object Undefined]
console.log(toStr.call(1), toStr.call("s"), toStr.call(true), toStr.call(function () {})); // expect: [object Number] [object String] [object Boolean] [object Function]
console.log(o.toString(), o.valueOf() === o, o.toLocaleString()); // expect: [object Object] true [object Object]
console.log(o.constructor === Object, Object.prototype.constructor === Object, {}.constructor.name); // expect: true true Object
console.log(Object.name, Object.length, typeof Object.prototype); // expect: Object 1 object
function add(x, y) { return this.base + x + y; }
console.log(add.call({ base: 100 }, 1, 2), add.apply({ base: 10 }, [3, 4])); // expect: 103 17
function biggest(a, b, c) { return a > b ? (a > c ? a : c) : b > c ? b : c; }
console.log(biggest.apply(null, [3, 9, 4]), add.apply({ base: 1 }, null)); // expect: 9 NaN
function named(a, b) { return a + b; }
console.log(named.toString()); // expect: function named(a, b) { return a + b; }
console.log(Object.prototype.hasOwnProperty.call(o, "a"), Object.keys.toString()); // expect: true function keys() { [native code] }
