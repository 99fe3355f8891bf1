// Methods live on String.prototype: one call site serves strings and
// objects, and changes to the prototype are seen at once.
function first(x) {
  return x.slice(0, 1);
}
let seen = "";
for (let i = 0; i < 5; i++) {
  seen += first("abc") + first({ slice: function () { return "O"; } }) + first("xyz");
}
console.log(seen); // expect: aOxaOxaOxaOxaOx
function shout(s) {
  return s.loud();
}
String.prototype.loud = function () {
  return this.toUpperCase() + "!";
};
let out = "";
for (let i = 0; i < 3; i++) out += shout("hey") + " ";
console.log(out); // expect: HEY! HEY! HEY! 
String.prototype.loud = function () {
  return "quiet";
};
console.log(shout("hey")); // expect: quiet
console.log("abc".missing, typeof "abc".charAt, "abc".length, "abc".constructor === String); // expect: undefined function 3 true
let saved = String.prototype.trim;
String.prototype.trim = function () {
  return "patched";
};
console.log("  x  ".trim()); // expect: patched
String.prototype.trim = saved;
console.log("[" + "  x  ".trim() + "]"); // expect: [x]
console.log(String.prototype.slice.name, String.prototype.slice.length, String.fromCharCode.length, String.prototype.padStart.length); // expect: slice 2 1 1
