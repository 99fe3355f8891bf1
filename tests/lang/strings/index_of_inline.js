// `s.indexOf(x)` with one argument is compiled inline (a guard on the
// built-in and on two strings, then a direct call); every other shape of
// the call at the same site takes the generic call: an array receiver
// (Array.prototype.indexOf), a non-string argument (converted), a
// String object, a second argument, and a replaced method.
function find(s, x) {
  return s.indexOf(x);
}
function findFrom(s, x, i) {
  return s.indexOf(x, i);
}
let sum = 0;
for (let i = 0; i < 3000; i++) sum += find("ab,cd" + (i % 10), ",") + find("x" + i, String(i % 7));
console.log(sum);
const mixed = ["a,b", [1, 2, 3], "1234", new String("q,r"), "", "none"];
const args = [",", 3, 4, ",", ",", ","];
const seen = [];
for (let r = 0; r < 600; r++) for (let k = 0; k < mixed.length; k++) if (r === 599) seen.push(find(mixed[k], args[k]));
console.log(seen.join(" "), findFrom("a,b,c", ",", 2), find("wide\u20ac,", "\u20ac"), find("abc", "abcd"), find("abc", ""));
const original = String.prototype.indexOf;
String.prototype.indexOf = function (x) {
  return "replaced " + x;
};
console.log(find("a,b", ","));
String.prototype.indexOf = original;
console.log(find("a,b", ","));
try {
  find(null, ",");
} catch (e) {
  console.log(e.constructor.name);
}
// expect: 6140
// expect: 1 2 3 1 -1 -1 3 4 -1 0
// expect: replaced ,
// expect: 1
// expect: TypeError
