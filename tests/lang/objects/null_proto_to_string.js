// An object without Object.prototype has no toString to convert with.
var o = Object.create(null);
console.log(Object.keys(o).length); // expect: 0
var s = "" + o;
// expect error: TypeError: Cannot convert object to primitive value
