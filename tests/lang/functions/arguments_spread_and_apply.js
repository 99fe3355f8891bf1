// The items of an `arguments` object as apply, spread and for...of read
// them: doubles stay doubles, a changed length or a deleted element is
// honoured, and an element made an accessor runs its getter.
function show() { return Array.prototype.slice.call(arguments).join(","); }
function a(x, y) { return show.apply(null, arguments); }
function b(x, y) { arguments.length = 1; return show.apply(null, arguments); }
function c(x, y) { Object.defineProperty(arguments, 0, { get() { return "g"; } }); return show(...arguments); }
function d(x, y) { x = 9.5; return show.apply(null, arguments); }
function e() { "use strict"; arguments[1] = 2.5; return [...arguments]; }
function f() { delete arguments[0]; return show.apply(null, arguments) + "|" + arguments[0]; }
function g() { arguments[5] = 1; return show.apply(null, arguments) + "|" + arguments.length; }
function h() { arguments.length = 5; return show.apply(null, arguments); }
function k() { Object.defineProperty(arguments, 1, { get() { throw new Error("boom"); } }); return show.apply(null, arguments); }
function m() { const out = []; for (const v of arguments) out.push(v * 2); return out; }
for (let i = 0; i < 3000; i++) {
  if (i % 1000 == 0) {
    console.log(a(1.5, 2), b(1, 2.25), c(1, 2), d(1.5, "s"), e(0.5, 1, 3), f(1.5, 2), g(1.5), h(1.5, 2), m(0.25, 3));
    try { k(1, 2); } catch (err) { console.log(err.message); }
  }
}
// expect: 1.5,2 1 g,2 9.5,s [ 0.5, 2.5, 3 ] ,2|undefined 1.5|1 1.5,2,,, [ 0.5, 6 ]
// expect: boom
// expect: 1.5,2 1 g,2 9.5,s [ 0.5, 2.5, 3 ] ,2|undefined 1.5|1 1.5,2,,, [ 0.5, 6 ]
// expect: boom
// expect: 1.5,2 1 g,2 9.5,s [ 0.5, 2.5, 3 ] ,2|undefined 1.5|1 1.5,2,,, [ 0.5, 6 ]
// expect: boom
