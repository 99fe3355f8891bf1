// Rest parameters gather the remaining arguments in an array.
function f(a, ...rest) { return [a, rest]; }
console.log(f(), f(1), f(1, 2, 3));
const sum = (...xs) => xs.reduce((s, x) => s + x, 0);
console.log(sum(1, 2, 3, 4), sum());
console.log(f.length, sum.length);
function g(...all) { return all.length; }
console.log(g(...[1, 2, 3]));
// expect: [ undefined, [] ] [ 1, [] ] [ 1, [ 2, 3 ] ]
// expect: 10 0
// expect: 1 0
// expect: 3
