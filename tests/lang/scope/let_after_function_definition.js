// A function may refer to a global let declared after it, once that let has run.
function show() { return value * 2; }
let value = 21;
console.log(show()); // expect: 42
value = 1;
console.log(show()); // expect: 2
