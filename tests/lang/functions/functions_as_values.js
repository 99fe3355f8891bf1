// Functions can be stored in variables and passed as arguments.
function double(x) { return x * 2; }
function square(x) { return x * x; }
function apply(fn, x) { return fn(x); }
function twice(fn, x) { return fn(fn(x)); }
console.log(apply(double, 5)); // expect: 10
console.log(apply(square, 5)); // expect: 25
console.log(twice(double, 3)); // expect: 12
console.log(twice(square, 3)); // expect: 81
let op = double;
console.log(op(21)); // expect: 42
op = square;
console.log(op(4)); // expect: 16
function pick(which) { if (which) return double; return square; }
console.log(pick(true)(7)); // expect: 14
console.log(pick(false)(7)); // expect: 49
