// replaceAll with a regexp must be global; with g it is replace.
console.log("a.b.c".replaceAll(/\./g, "-"), "a.b.c".replaceAll(".", "-"));
console.log("aXbXc".replaceAll(/x/gi, (m, i) => i));
try {
  "abc".replaceAll(/b/, "x");
} catch (e) {
  console.log(e.name + ": " + e.message);
}
console.log("abc".replace(/(?:)/g, "-"), "".replace(/(?:)/g, "-"), "abc".replaceAll(/b*/g, "."));
// expect: a-b-c a-b-c
// expect: a1b3c
// expect: TypeError: String.prototype.replaceAll called with a non-global RegExp argument
// expect: -a-b-c- - .a..c.
