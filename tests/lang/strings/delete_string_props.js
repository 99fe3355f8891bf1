// A string's length and characters cannot be deleted: false in sloppy
// code, V8's TypeError in strict code (primitive or wrapped).
console.log(delete "s".length, delete "abc"[0], delete "abc"[5], delete "abc".foo); // expect: false false true true
const w = new String("abc");
console.log(delete w.length, delete w[1], delete w[7], w.length, w[1]); // expect: false false true 3 b
const k = "length";
console.log(delete "xy"[k], delete "xy"["1"], delete ""[0]); // expect: false false true
(function () {
  "use strict";
  const tries = [() => delete "s".length, () => delete "abc"[0], () => delete w[2], () => delete "abc"[9]];
  for (const f of tries) {
    try { console.log(f()); } catch (e) { console.log(e.constructor.name, e.message); }
  }
})();
// expect: TypeError Cannot delete property 'length' of [object String]
// expect: TypeError Cannot delete property '0' of [object String]
// expect: TypeError Cannot delete property '2' of [object String]
// expect: true
