// reduce of an empty array (or one of holes only) needs an initial value.
function add(a, b) { return a + b; }
console.log([].reduce(add, 0)); // expect: 0
[, ,].reduce(add);
// expect error: TypeError: Reduce of empty array with no initial value
