// A var assignment overrides a hoisted function of the same name.
console.log(typeof thing); // expect: function
var thing = 1;
function thing() { return "fn"; }
console.log(thing); // expect: 1
console.log(typeof thing); // expect: number
