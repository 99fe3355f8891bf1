console.log(Object.fromEntries(new Map([['x', 1], ['y', [2]]])), Object.fromEntries(new Set([['a', 1]])), Object.fromEntries([['k', 'v']]));
console.log(Object.fromEntries(Object.entries({ a: 1, b: 2 }).map(([k, v]) => [k, v * 2])));
function args() { return Object.prototype.toString.call(arguments); } console.log(args(1), (function() { 'use strict'; return Object.prototype.toString.call(arguments); })());

// expect: { x: 1, y: [ 2 ] } { a: 1 } { k: 'v' }
// expect: { a: 2, b: 4 }
// expect: [object Arguments] [object Arguments]
