// A program may declare its own binding named like a JavaScript built-in.
let Map = 3;
function parseInt(s) { return s + "!"; }
console.log(Map + 1); // expect: 4
console.log(parseInt("x")); // expect: x!
