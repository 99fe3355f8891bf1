'use strict';
// A script-wide directive makes every function strict.
function f() { return typeof this; }
function g(a) { arguments[0] = 2; return a; }
console.log(f(), f.call(1), g(1), [1].map(function () { return this; })[0]);

// expect: undefined number 1 undefined
