// An object whose valueOf and toString both return objects has no primitive.
var o = { valueOf: function () { return {}; }, toString: function () { return []; } };
console.log(typeof o); // expect: object
var x = o + 1;
// expect error: TypeError: Cannot convert object to primitive value
