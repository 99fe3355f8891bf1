// A function reading a global var before its initializer runs sees undefined.
function peek() { return g; }
console.log(peek()); // expect: undefined
var g = "ready";
console.log(peek()); // expect: ready
