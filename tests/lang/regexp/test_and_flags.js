// test, and the flag getters, source, flags and toString.
const r = /a.c/gimsuy;
console.log(r.global, r.ignoreCase, r.multiline, r.dotAll, r.unicode, r.sticky, r.hasIndices);
console.log(r.flags, r.source, String(r), r.toString());
console.log(/AbC/i.test("xabcx"), /^b/m.test("a\nb"), /^b/.test("a\nb"), /a.c/s.test("a\nc"), /a.c/.test("a\nc"));
console.log(new RegExp("/", "g").source, new RegExp("").source, String(new RegExp("")), new RegExp("\n").source);
console.log(RegExp.prototype.source, RegExp.prototype.flags, RegExp.prototype.global);
console.log(/[/]/.source, /a\/b/.source, new RegExp("[/]").source);
// expect: true true true true true true false
// expect: gimsuy a.c /a.c/gimsuy /a.c/gimsuy
// expect: true true false true false
// expect: \/ (?:) /(?:)/ \n
// expect: (?:)  undefined
// expect: [/] a\/b [/]
