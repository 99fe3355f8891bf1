// globalThis: node runs a file as a CommonJS module, so the built-ins and
// implicit globals are properties of the global object while the
// script's own top-level declarations are not.
console.log(typeof globalThis, typeof global, globalThis === global, globalThis.globalThis === globalThis); // expect: object object true true
console.log(globalThis.Math === Math, globalThis.parseInt === parseInt, "JSON" in globalThis); // expect: true true true
globalThis.counter = 1;
counter += 1;
console.log(counter, globalThis.counter, typeof counter); // expect: 2 2 number
implicit = "made by assignment";
console.log(globalThis.implicit, Object.prototype.hasOwnProperty.call(globalThis, "implicit")); // expect: made by assignment true
var declared = 5;
let lexical = 6;
function declaredFn() {}
console.log(globalThis.declared, globalThis.lexical, globalThis.declaredFn, "declared" in globalThis); // expect: undefined undefined undefined false
console.log(delete globalThis.counter, typeof counter, globalThis.counter); // expect: true undefined undefined
function sloppyThis() { return this; }
console.log(sloppyThis() === globalThis); // expect: true
function setOnThis() { this.viaThis = "set through this"; }
setOnThis();
console.log(viaThis); // expect: set through this
globalThis["not an identifier"] = 1;
console.log(globalThis["not an identifier"]); // expect: 1
console.log(typeof globalThis.undeclaredName, typeof globalThis.toString, globalThis.NaN, globalThis.undefined); // expect: undefined function NaN undefined
try { stillUndeclared; } catch (e) { console.log(e.name, e.message); } // expect: ReferenceError stillUndeclared is not defined
(function () {
  "use strict";
  try { undeclaredStrict = 1; } catch (e) { console.log(e.name, e.message); } // expect: ReferenceError undeclaredStrict is not defined
  globalThis.undeclaredStrict = 2;
  console.log(undeclaredStrict); // expect: 2
})();
for (var i = 0; i < 100; i++) globalThis.hot = i;
console.log(hot); // expect: 99
counter;
// expect error: ReferenceError: counter is not defined
