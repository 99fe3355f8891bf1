// Where a `/` starts a regex literal and where it divides.
const a = 10, g = 2, i = 5;
console.log(a / g / 1, a /g/ 1, (a) / 2, [a][0] / 5);
console.log([/x/g, /y/].length, { k: /z/ }.k.source, !/a/.test("b"), typeof /c/);
const f = (s) => /^\d+$/.test(s);
console.log(f("123"), f("12a"));
function ret(s) {
  return /[/\]]+/.exec(s)[0];
}
console.log(ret("a/]/b"), 1 && /q/.source, null ?? /n/.flags, true ? /t/i.flags : 0);
let n = 4;
n /= 2;
console.log(n, /=/.test("a=b"), "a/b".split(/\//), `x${/y/.source}z`);
switch ("k") {
  case /k/.source:
    console.log("case");
}
let x = 1
/2/i
console.log(x);
// expect: 5 5 5 2
// expect: 2 z true object
// expect: true false
// expect: /]/ q  i
// expect: 2 true [ 'a', 'b' ] xyz
// expect: case
// expect: 0.1
