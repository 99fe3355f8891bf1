// Default parameters: evaluated at call time, left to right, may use earlier
// parameters; only undefined takes the default.
let calls = 0;
function f(a, b = a + 1, c = [a, b], d = ++calls) {
  return [a, b, c, d];
}
console.log(f(1));
console.log(f(1, 5));
console.log(f(1, undefined, null));
console.log(calls);
const g = (x = 10) => x;
console.log(g(), g(0), g(null));
function h(x = () => y, y = 2) { return x(); }
console.log(h());
console.log(f.length, g.length, h.length, ((a, b, c = 1, d) => 0).length);
// expect: [ 1, 2, [ 1, 2 ], 1 ]
// expect: [ 1, 5, [ 1, 5 ], 2 ]
// expect: [ 1, 2, null, 3 ]
// expect: 3
// expect: 10 0 null
// expect: 2
// expect: 1 0 0 2
