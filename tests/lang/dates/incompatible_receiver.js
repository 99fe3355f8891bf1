// The Date methods V8 checks with its generic receiver test name
// themselves; the getters say "this is not a Date object.".
for (const m of ["toString", "toISOString", "toUTCString", "toGMTString", "setDate", "setUTCHours", "setTime", "getYear", "toLocaleDateString"]) {
  try { Date.prototype[m].call({}); } catch (e) { console.log(m, e.message); }
}
// expect: toString Method Date.prototype.toString called on incompatible receiver #<Object>
// expect: toISOString Method Date.prototype.toISOString called on incompatible receiver #<Object>
// expect: toUTCString Method Date.prototype.toUTCString called on incompatible receiver #<Object>
// expect: toGMTString Method Date.prototype.toUTCString called on incompatible receiver #<Object>
// expect: setDate Method Date.prototype.setDate called on incompatible receiver #<Object>
// expect: setUTCHours Method Date.prototype.setUTCHours called on incompatible receiver #<Object>
// expect: setTime Method Date.prototype.setTime called on incompatible receiver #<Object>
// expect: getYear Method Date.prototype.getYear called on incompatible receiver #<Object>
// expect: toLocaleDateString Method Date.prototype.toLocaleDateString called on incompatible receiver #<Object>
try { Date.prototype.getTime.call(1); } catch (e) { console.log(e.message); } // expect: this is not a Date object.
try { new Date(0).toISOString.call(1); } catch (e) { console.log(e.message); } // expect: Method Date.prototype.toISOString called on incompatible receiver 1
console.log(Date.prototype.toGMTString === Date.prototype.toUTCString); // expect: true
