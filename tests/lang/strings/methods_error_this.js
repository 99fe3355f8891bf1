// A String.prototype method called on undefined throws, naming the method.
let trim = "".trim;
console.log(typeof trim); // expect: function
trim();
// expect error: TypeError: String.prototype.trim called on null or undefined
