function f(a, b) { arguments[0] = 'x'; b = 'y'; return [a, arguments[1], arguments.length]; }
console.log(f(1, 2), f(1), f());
function g(a) { 'use strict'; arguments[0] = 'x'; return a; } console.log(g(1));
function h(a = 0) { arguments[0] = 'x'; return a; } console.log(h(1));
function k(a) { delete arguments[0]; arguments[0] = 'z'; return [a, arguments[0]]; } console.log(k(1));
function l() { return Array.prototype.slice.call(arguments, 1); } console.log(l(1, 2, 3));
function m() { return [typeof arguments, Array.isArray(arguments), Object.prototype.toString.call(arguments), arguments]; } console.log(m(1, 'a'));
function n(a, a2) { a = 5; return arguments[0]; } console.log(n(1), n());
function o() { arguments.length = 1; return [...arguments]; } console.log(o(1, 2, 3));
function p(...rest) { return [rest, arguments.length]; } console.log(p(1, 2));

function q() { var inner = () => arguments[0]; return inner(9); } console.log(q('outer'));
function r(x) { x = 2; return arguments; } console.log(r(1), JSON.stringify(r(1)), Object.keys(r(1, 2)));

// expect: [ 'x', 'y', 2 ] [ 'x', undefined, 1 ] [ undefined, undefined, 0 ]
// expect: 1
// expect: 1
// expect: [ 1, 'z' ]
// expect: [ 2, 3 ]
// expect: [
// expect:   'object',
// expect:   false,
// expect:   '[object Arguments]',
// expect:   [Arguments] { '0': 1, '1': 'a' }
// expect: ]
// expect: 5 undefined
// expect: [ 1 ]
// expect: [ [ 1, 2 ], 2 ]
// expect: outer
// expect: [Arguments] { '0': 2 } {"0":2} [ '0', '1' ]
