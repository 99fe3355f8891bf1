// A sloppy function's arguments object is mapped to its parameters;
// strict, class, default, rest and destructured parameter lists are not.
function f(a, b) { arguments[0] = 10; b = 20; console.log(a, arguments[1], arguments.length); }
f(1, 2);
function g(a, b = 2) { arguments[0] = 10; console.log(a, arguments[0]); }
g(1);
function k(a) { a = 5; return arguments[0]; }
console.log(k(1), k());
function m(a) { arguments[1] = 3; console.log(arguments.length, arguments[1]); }
m(1);
function del(a) { delete arguments[0]; arguments[0] = 9; console.log(a, arguments[0]); a = 4; console.log(arguments[0]); }
del(1);
function viaClosure(a) { const set = (v) => { a = v; }; const get = () => arguments[0]; set(7); console.log(get(), a); arguments[0] = 8; console.log(a); }
viaClosure(1);
function escape(a) { change(arguments); return a; }
function change(args) { args[0] = "changed"; }
console.log(escape("orig"));
function swap(x, y) { const t = arguments[0]; arguments[0] = arguments[1]; arguments[1] = t; return [x, y]; }
console.log(swap(1, 2));
function inc(n) { n++; n += 2; return arguments[0]; }
console.log(inc(1));
function redeclare(a) { var a = 3; return arguments[0]; }
console.log(redeclare(1));
function dup(a, a) { arguments[1] = 5; return a; }
console.log(dup(1, 2));
function rest(a, ...r) { arguments[0] = 2; return a; }
console.log(rest(1));
function destr({ x }) { arguments[0] = 2; return x; }
console.log(destr({ x: 1 }));
const obj = { meth(a) { arguments[0] = "lit"; return a; } };
console.log(obj.meth("x"));
class C { meth(a) { arguments[0] = "cls"; return a; } }
console.log(new C().meth("x"));
function loop(a) { for (let i = 0; i < 3; i++) arguments[0] += i; return a; }
console.log(loop(10));
function spread(a, b) { a = "A"; return [...arguments]; }
console.log(spread(1, 2), Array.prototype.slice.call((function (p) { p = 3; return arguments; })(1)));
function show(a) { a = { n: 1 }; console.log(arguments); }
show(0);
// expect: 10 20 2
// expect: 1 10
// expect: 5 undefined
// expect: 1 3
// expect: 1 9
// expect: 9
// expect: 7 7
// expect: 8
// expect: changed
// expect: [ 2, 1 ]
// expect: 4
// expect: 3
// expect: 5
// expect: 1
// expect: 1
// expect: lit
// expect: x
// expect: 13
// expect: [ 'A', 2 ] [ 3 ]
// expect: [Arguments] { '0': { n: 1 } }
