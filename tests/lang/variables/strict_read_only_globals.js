// `undefined`, `NaN` and `Infinity` are read-only: a write is ignored in
// sloppy code and a TypeError in strict code.
undefined = 1; NaN = 2; Infinity = 3;
console.log(undefined, NaN, Infinity); // expect: undefined NaN Infinity
[undefined] = [1];
console.log(undefined); // expect: undefined
(function () {
  "use strict";
  try { undefined = 5; } catch (e) { console.log(e.name + ": " + e.message); }
  try { NaN++; } catch (e) { console.log(e.name + ": " + e.message); }
  try { Infinity += 1; } catch (e) { console.log(e.name + ": " + e.message); }
  try { [undefined] = [1]; } catch (e) { console.log(e.name + ": " + e.message); }
  try { for (NaN of [1]) ; } catch (e) { console.log(e.name + ": " + e.message); }
})();
// expect: TypeError: Cannot assign to read only property 'undefined' of object '#<Object>'
// expect: TypeError: Cannot assign to read only property 'NaN' of object '#<Object>'
// expect: TypeError: Cannot assign to read only property 'Infinity' of object '#<Object>'
// expect: TypeError: Cannot assign to read only property 'undefined' of object '#<Object>'
// expect: TypeError: Cannot assign to read only property 'NaN' of object '#<Object>'
function h() { var undefined = 7; return undefined; }
console.log(h()); // expect: 7
