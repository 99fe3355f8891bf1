// Function.prototype.toString only works on functions.
Function.prototype.toString.call({});
// expect error: TypeError: Function.prototype.toString requires that 'this' be a Function
