// V8 names a value in a message by what it is (NoSideEffectsToString): an
// object with Object.prototype.toString by its constructor, one with a
// toString of its own (array, date, regexp, wrapper) as [object Tag], an
// error as "Name: message".
function T(f) { try { return f(); } catch (e) { return e.message; } }
class K {}
console.log(T(() => [1].map(/a/g))); // expect: [object RegExp] is not a function
console.log(T(() => [1].map(new Date(0)))); // expect: [object Date] is not a function
console.log(T(() => [1].map(new Map()))); // expect: #<Map> is not a function
console.log(T(() => [1].filter(new K()))); // expect: #<K> is not a function
console.log(T(() => [1].some(Object.create(null)))); // expect: [object Object] is not a function
console.log(T(() => [1].every(new TypeError("y")))); // expect: TypeError: y is not a function
console.log(T(() => [1].find(new Number(3)))); // expect: [object Number] is not a function
console.log(T(() => [1].forEach({ toString() { return "x"; } }))); // expect: [object Object] is not a function
console.log(T(() => Array.from([1], Promise.resolve()))); // expect: #<Promise> is not a function
// with() shows its argument as given, not the integer it became.
console.log(T(() => [].with(-1e-7))); // expect: Invalid index : -1e-7
console.log(T(() => [1].with(undefined, 0)), T(() => [].with("x"))); // expect: [ 0 ] Invalid index : x
console.log(T(() => [].with([3])), T(() => [].with({ valueOf() { return 5; } }))); // expect: Invalid index : [object Array] Invalid index : #<Object>
