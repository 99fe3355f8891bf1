console.log(typeof hoisted, typeof notYet, v);
function hoisted() {}
var notYet = function() {};
var v = 1;
try { console.log(tdz); } catch (e) { console.log(e.name, e.message); }
let tdz = 1;
try { new C(); } catch (e) { console.log(e.name, e.message); }
class C {}
{ function blockFn() { return 'b'; } } console.log(typeof blockFn);
if (true) { function inIf() { return 1; } } console.log(typeof inIf);
var x = 'outer'; function shadow() { console.log(x); var x = 'inner'; } shadow();
function dup() { return 1; } function dup() { return 2; } console.log(dup());
try { (function() { const c = 1; c = 2; })(); } catch (e) { console.log(e.name, e.message); }
try { (function() { x2 = tdzFn(); let tdz2 = 5; function tdzFn() { return tdz2; } })(); } catch (e) { console.log(e.name, e.message); }
var fs = []; for (var i = 0; i < 3; i++) fs.push(() => i); console.log(fs.map(f => f()));
var gs = []; for (let i = 0; i < 3; i++) gs.push(() => i); console.log(gs.map(f => f()));
var hs = []; for (let i = 0; i < 3; i++) { hs.push(() => i); i++; } console.log(hs.map(f => f()));
var js = []; for (const k in { a: 1, b: 2 }) js.push(() => k); console.log(js.map(f => f()));
typeof undeclared; console.log(typeof undeclared === 'undefined');
try { undeclared2; } catch (e) { console.log(e.name, e.message); }
sloppyGlobal = 5; console.log(sloppyGlobal, globalThis.sloppyGlobal);
(function() { 'use strict'; try { strictGlobal = 1; } catch (e) { console.log(e.name, e.message); } })();
console.log((function f() { return typeof f; })());

// expect: function undefined undefined
// expect: ReferenceError Cannot access 'tdz' before initialization
// expect: ReferenceError Cannot access 'C' before initialization
// expect: function
// expect: function
// expect: undefined
// expect: 2
// expect: TypeError Assignment to constant variable.
// expect: ReferenceError Cannot access 'tdz2' before initialization
// expect: [ 3, 3, 3 ]
// expect: [ 0, 1, 2 ]
// expect: [ 1, 3 ]
// expect: [ 'a', 'b' ]
// expect: true
// expect: ReferenceError undeclared2 is not defined
// expect: 5 5
// expect: ReferenceError strictGlobal is not defined
// expect: function
