// var declarations are hoisted to the top of the script, initialised to undefined.
console.log(v); // expect: undefined
var v = 1;
console.log(v); // expect: 1
console.log(typeof w); // expect: undefined
w = 5;
console.log(w); // expect: 5
var w;
console.log(w); // expect: 5
function readLater() { return later; }
console.log(readLater()); // expect: undefined
var later = "set";
console.log(readLater()); // expect: set
