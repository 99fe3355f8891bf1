// 'use strict' in a function or at the top of the script: `this` is not
// boxed nor the global object, `arguments` does not alias the parameters;
// sloppy functions box a primitive `this`; functions nested in classes are strict.
function sloppy() { return typeof this; }
function strict() { 'use strict'; return typeof this; }
function strictArgs(x) { 'use strict'; arguments[0] = 9; return [x, arguments[0]]; }
function sloppyArgs(x) { arguments[0] = 9; return [x, arguments[0]]; }
console.log(sloppy(), sloppy.call(5), sloppy.call('s'), sloppy.call(true), sloppy.call(null));
console.log(strict(), strict.call(5), strict.call('s'), strict.call(null), strict.apply(undefined));
console.log(strictArgs(1), sloppyArgs(1));
String.prototype.shout = function () { return typeof this + ':' + this.toUpperCase() + '!'; };
Number.prototype.twice = function () { return this * 2; };
console.log('hi'.shout(), (21).twice(), typeof (5).constructor);
function outer() { 'use strict'; function inner() { return this; } return [inner(), (() => this)()]; }
console.log(outer(), outer.call(7));
class K { m() { function f() { return this; } return f(); } }
console.log(new K().m());
function notDirective() { 'use' + ' strict'; return typeof this; }
function late() { let x = 1; 'use strict'; return typeof this; }
console.log(notDirective(), late());
const boxed = sloppy.bind(3); console.log(boxed());
function self() { return this; } const b = self.call(4); console.log(b instanceof Number, b + 1, b);

// expect: object object object object object
// expect: undefined number string object undefined
// expect: [ 1, 9 ] [ 9, 9 ]
// expect: object:HI! 42 function
// expect: [ undefined, undefined ] [ undefined, 7 ]
// expect: undefined
// expect: object object
// expect: object
// expect: true 5 [Number: 4]
