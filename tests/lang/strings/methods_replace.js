// replace and replaceAll with string patterns: `$` patterns in the
// replacement string, and replacement functions called with
// (match, offset, string).
console.log("aXbXc".replace("X", "-"), "aXbXc".replaceAll("X", "-"), "abc".replace("z", "-"), "abc".replaceAll("z", "-")); // expect: a-bXc a-b-c abc abc
console.log("abc".replace("b", "[$&]"), "abc".replace("b", "[$$]"), "abc".replace("b", "[$`]"), "abc".replace("b", "[$']")); // expect: a[b]c a[$]c a[a]c a[c]c
console.log("abc".replace("b", "$"), "abc".replace("b", "$1"), "abc".replace("b", "$<n>"), "abc".replace("b", "$x$"), "abc".replace("b", "$$$")); // expect: a$c a$1c a$<n>c a$x$c a$$c
console.log("abc".replace("", "-"), "abc".replaceAll("", "-"), "".replace("", "x"), "".replaceAll("", "x"), "aaa".replaceAll("aa", "b")); // expect: -abc -a-b-c- x x ba
console.log("a.b.c".replaceAll(".", "$&$&"), "xyx".replaceAll("x", "[$`|$']"), "abc".replace("abc", ""), "abc".replaceAll("c", "$'")); // expect: a..b..c [|yx]y[xy|]  ab
console.log("a1b1".replace(1, 2), "null!".replace(null, "x"), "abc".replace("b", 5), "abc".replace("b", undefined), "abc".replace("b")); // expect: a2b1 x! a5c aundefinedc aundefinedc
console.log("a-b-c".replace("-", function (m, i, s) { return "<" + m + i + s + ">"; })); // expect: a<-1a-b-c>b-c
let calls = "";
let r = "a-b-c".replaceAll("-", function (m, i) {
  calls += i + ";";
  return i;
});
console.log(r, calls); // expect: a1b3c 1;3;
console.log("x".replace("x", function () { return 42; }), "x".replace("x", function () {}), "abab".replaceAll("ab", function (m) { return m.toUpperCase(); })); // expect: 42 undefined ABAB
console.log("😀a😀".replaceAll("😀", "b"), "😀".replace("\uD83D", "x").length, "a\uD800b".replace("\uD800", "-")); // expect: bab 2 a-b
console.log("€1".replace("€", "EUR "), "naïve".replaceAll("ï", "i"), "日本".replace("日", "$&$&")); // expect: EUR 1 naive 日日本
let template = "Hello, {name}! Bye, {name}.";
console.log(template.replaceAll("{name}", "Ada")); // expect: Hello, Ada! Bye, Ada.
