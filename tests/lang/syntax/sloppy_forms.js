// Sloppy code's legacy forms: let as a name, debugger, legacy octal
// numbers and escapes, labelled function declarations, repeated simple
// parameters; and the __proto__ forms that are not duplicates.
var let = 1;
let = let + 1;
console.log(let); // expect: 2
for (let in { k: 0 }) console.log(let); // expect: k
function named(let) { return let * 2; }
console.log(named(4)); // expect: 8
debugger;
console.log(010, 0777, 08, 09.5, 08e1, 00, 010.toString()); // expect: 8 511 8 9.5 80 0 8
const esc = "\101\0\12\1234\400\8\9";
console.log(Array.from(esc, (c) => c.charCodeAt(0)).join()); // expect: 65,0,10,83,52,32,48,56,57
console.log(String.raw`\01`, ((s) => s[0])`\01`); // expect: \01 undefined
l: function labelled() { return "labelled"; }
a: b: function twice() { return "twice"; }
console.log(labelled(), twice()); // expect: labelled twice
function dup(a, a) { return a; }
console.log(dup(1, 2)); // expect: 2
const __proto__ = 5;
const o = { __proto__: null, ["__proto__"]: 1, __proto__ };
console.log(Object.getPrototypeOf(o), Object.keys(o).length); // expect: null 1
const p = { __proto__: Array.prototype, __proto__() { return 3; } };
console.log(Array.isArray(p), typeof p.__proto__); // expect: false function
let q;
({ __proto__: q, __proto__: q } = { });
console.log(q === Object.prototype); // expect: true
try {
  throw 1;
} catch (e) {
  var e = 7;
  console.log(e); // expect: 7
}
