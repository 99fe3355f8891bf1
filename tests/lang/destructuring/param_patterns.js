// A parameter default sees the destructuring parameters before it (each pattern is bound once its own default is applied), and not the ones after it.
function f({a}, b = a) { return [a, b]; }
console.log(f({a: 1}), f({a: 2}, 3));
function g([x, y] = [1, 2], z = x + y) { return [x, y, z]; }
console.log(g(), g([3, 4]), g([5, 6], 0));
function h({p: {q}} = {p: {q: 9}}, r = () => q) { return [q, r()]; }
console.log(h());
const k = ({a, b = a * 2}, c = a + b) => [a, b, c];
console.log(k({a: 1}));
function m(a, {b} = {b: a}, c = b) { return [a, b, c]; }
console.log(m(4));
function n(x = y, {y} = {y: 1}) { return x; }
try { n(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
console.log(n(5));
function o({a} = {a: 1}, b = a, ...rest) { return [a, b, rest]; }
console.log(o(undefined, undefined, 3));
function p({a}, b = a, {c} = {c: b + 1}, d = () => a + b + c) { return d(); }
console.log(p({a: 1}));
class Q { m([x] = [1], y = x * 10) { return y; } }
console.log(new Q().m(), new Q().m([2]));
// expect: [ 1, 1 ] [ 2, 3 ]
// expect: [ 1, 2, 3 ] [ 3, 4, 7 ] [ 5, 6, 0 ]
// expect: [ 9, 9 ]
// expect: [ 1, 2, 3 ]
// expect: [ 4, 4, 4 ]
// expect: ReferenceError: Cannot access 'y' before initialization
// expect: 5
// expect: [ 1, 1, [ 3 ] ]
// expect: 4
// expect: 10 20
