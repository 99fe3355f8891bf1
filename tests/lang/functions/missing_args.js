// Missing arguments are undefined.
function show(a, b, c) { return a + " " + b + " " + c; }
console.log(show(1)); // expect: 1 undefined undefined
console.log(show()); // expect: undefined undefined undefined
console.log(show(1, 2)); // expect: 1 2 undefined
function isMissing(x) { return x === undefined; }
console.log(isMissing(), isMissing(0)); // expect: true false
function add(a, b) { return a + b; }
console.log(add(1)); // expect: NaN
