// includes/startsWith/endsWith refuse a RegExp (IsRegExp) instead of
// searching for its text; indexOf and the others just stringify it.
const s = "a/a/ b";
console.log("x/a/y".indexOf(/a/), s.lastIndexOf(/a/)); // expect: 1 1
for (const m of ["includes", "startsWith", "endsWith"]) {
  try {
    s[m](/a/);
  } catch (e) {
    console.log(e.name, e.message);
  }
}
// expect: TypeError First argument to String.prototype.includes must not be a regular expression
// expect: TypeError First argument to String.prototype.startsWith must not be a regular expression
// expect: TypeError First argument to String.prototype.endsWith must not be a regular expression
console.log(s.includes("/a/"), s.startsWith({ toString() { return "a/"; } })); // expect: true true
"abc".endsWith(new RegExp("c"));
// expect error: TypeError: First argument to String.prototype.endsWith must not be a regular expression
