// A rest parameter may be a destructuring pattern, bound from the rest array.
function f(...[a, b]) { return a + b; }
console.log(f(1, 2)); // expect: 3
const g = (...{ length }) => length;
console.log(g(1, 2, 3)); // expect: 3
function h(x, ...[y = 10, ...z]) { return [x, y, z]; }
console.log(h(1)); // expect: [ 1, 10, [] ]
console.log(h(1, 2, 3, 4)); // expect: [ 1, 2, [ 3, 4 ] ]
console.log(h.length); // expect: 1
const k = (a, ...[b, c]) => { const inner = () => b + c; return inner(); };
console.log(k(0, "x", "y")); // expect: xy
function dflt(a = 1, ...[b = a]) { return [a, b]; }
console.log(dflt(), dflt(5), dflt(5, 6)); // expect: [ 1, 1 ] [ 5, 5 ] [ 5, 6 ]
