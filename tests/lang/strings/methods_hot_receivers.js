// String methods and `length` read in hot loops (compiled code serves a
// string receiver's method from String.prototype inline, and its length
// from the string): the guards must notice every other receiver.
function codes(s) {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) % 1000003;
  return h;
}
let total = 0;
for (let r = 0; r < 200; r++) total = (total + codes("hello, world " + r)) % 1000003;
console.log(total); // expect: 562780
// A method read from a string, then from an object with its own method of
// the same name, then a string again: one site, two kinds of receiver.
function first(x) { return x.charAt(0); }
const own = { charAt: function (i) { return "own" + i; } };
let seen = "";
for (let i = 0; i < 300; i++) seen = first(i % 100 === 99 ? own : "abc");
console.log(seen, first(own), first("xyz")); // expect: own0 own0 x
// A method added to String.prototype while the site is compiled: the
// holder's shape changes, so the site reads the new one.
function shout(s) { return s.toUpperCase(); }
let last = "";
for (let i = 0; i < 300; i++) last = shout("ab");
String.prototype.toUpperCase = function () { return "replaced"; };
console.log(last, shout("ab")); // expect: AB replaced
// `length` of strings, arrays and other objects at one site.
function len(x) { return x.length; }
let sum = 0;
for (let i = 0; i < 300; i++) sum += len("four") + len([1, 2]) + len({ length: 7 });
console.log(sum, len(""), len("\u00e9t\u00e9"), len("\ud83d\ude00")); // expect: 3900 0 3 2
// A property a string does not have, and a number receiver.
function missing(x) { return x.nope; }
let m;
for (let i = 0; i < 300; i++) m = missing("s");
console.log(m, missing(5), missing({ nope: 1 })); // expect: undefined undefined 1
// Null and undefined receivers still throw node's TypeError.
function charOf(x) { return x.charAt(0); }
for (let i = 0; i < 300; i++) charOf("q");
try { charOf(null); } catch (e) { console.log(e.message); } // expect: Cannot read properties of null (reading 'charAt')
