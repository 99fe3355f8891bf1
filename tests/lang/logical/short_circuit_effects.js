// The right operand is only evaluated when needed.
let calls = "";
function t(name) { calls = calls + name; return true; }
function f(name) { calls = calls + name; return false; }
function n(name) { calls = calls + name; return null; }
t("a") || t("b");
console.log(calls); // expect: a
calls = "";
f("a") || t("b");
console.log(calls); // expect: ab
calls = "";
f("a") && t("b");
console.log(calls); // expect: a
calls = "";
t("a") && f("b") && t("c");
console.log(calls); // expect: ab
calls = "";
n("a") ?? t("b");
console.log(calls); // expect: ab
calls = "";
f("a") ?? t("b");
console.log(calls); // expect: a
calls = "";
let r = f("a") || f("b") || t("c") || t("d");
console.log(r, calls); // expect: true abc
let count = 0;
false && count++;
true || count++;
0 ?? count++;
console.log(count); // expect: 0
true && count++;
console.log(count); // expect: 1
