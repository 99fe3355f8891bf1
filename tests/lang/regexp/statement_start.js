// A `/` where a statement starts opens a regex literal, even after the `)`
// of a statement head or a block's `}`; elsewhere after `)` it divides.
const s = "abc123";
if (s.length) /\d+/.test(s) ? console.log("digits") : console.log("none");
let n = 0;
for (let i = 0; i < 2; i++) /c/g.test(s) && n++;
console.log(n);
{
  n = 1;
}
/a/.exec(s) && console.log("after block");
const x = 8, y = 2;
console.log((x) / y / 2);
while (n-- > 0) /b/.test(s) && console.log("while body");
function f() {}
/abc/.test(s) && console.log("after function");
console.log([1].map((v) => (v) / 2));
// expect: digits
// expect: 2
// expect: after block
// expect: 2
// expect: while body
// expect: after function
// expect: [ 0.5 ]
