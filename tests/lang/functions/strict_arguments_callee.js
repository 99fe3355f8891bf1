// An unmapped arguments object (strict code, a class method, a non-simple
// parameter list) has `callee` as an accessor whose getter and setter
// throw; a sloppy function with simple parameters gets itself.
function sloppy() { return arguments.callee === sloppy; }
console.log(sloppy()); // expect: true
function strict() { "use strict"; return arguments; }
const a = strict(1);
try { a.callee; } catch (e) { console.log(e.constructor.name, e.message); } // expect: TypeError 'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them
console.log(Object.getOwnPropertyNames(a), "callee" in a); // expect: [ '0', 'length', 'callee' ] true
const d = Object.getOwnPropertyDescriptor(a, "callee");
console.log(typeof d.get, d.get === d.set, d.enumerable, d.configurable, d.get.name === "", d.get.length); // expect: function true false false true 0
console.log(Object.keys(a), JSON.stringify(a), a); // expect: [ '0' ] {"0":1} [Arguments] { '0': 1 }
// A sloppy write is ignored (V8), a strict one throws.
a.callee = 1;
(function () {
  "use strict";
  try { a.callee = 1; } catch (e) { console.log("strict write", e.constructor.name); } // expect: strict write TypeError
  try { delete a.callee; } catch (e) { console.log(e.message); } // expect: Cannot delete property 'callee' of #<Object>
})();
console.log(delete a.callee); // expect: false
try { Object.defineProperty(a, "callee", { get() { return 1; } }); } catch (e) { console.log(e.message); } // expect: Cannot redefine property: callee
class Q { m() { return arguments; } }
try { new Q().m().callee; } catch (e) { console.log("method", e.constructor.name); } // expect: method TypeError
function withDefault(x = 1) { return arguments; }
try { withDefault().callee; } catch (e) { console.log("default", e.constructor.name); } // expect: default TypeError
function withRest(...xs) { return arguments; }
try { withRest(1).callee; } catch (e) { console.log("rest", e.constructor.name); } // expect: rest TypeError
