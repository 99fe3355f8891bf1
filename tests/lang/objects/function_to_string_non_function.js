// Function.prototype.toString only works on functions.
var f = function () {};
f.toString.call({});
// expect error: TypeError: Function.prototype.toString requires that 'this' be a Function
