// toString does not convert: its `this` must be a string.
let f = "".toString;
console.log(f === String.prototype.toString); // expect: true
f();
// expect error: TypeError: String.prototype.toString requires that 'this' be a String
