// The constructor's SyntaxErrors and the methods' TypeErrors, as node words them.
for (const [p, f] of [["(", ""], [")", ""], ["a**", ""], ["[", ""], ["\\", ""], ["a{2,1}", ""], ["(?<a>x)(?<a>y)", ""], ["a", "gg"], ["a", "z"], ["x", "uv"]]) {
  try {
    new RegExp(p, f);
    console.log("ok", p);
  } catch (e) {
    console.log(e.name, e.message);
  }
}
try {
  RegExp.prototype.exec.call({}, "a");
} catch (e) {
  console.log(e.name, e.message);
}
try {
  "a".match("(");
} catch (e) {
  console.log(e.name, e.message);
}
const frozen = Object.freeze(/a/g);
try {
  frozen.exec("a");
} catch (e) {
  console.log(e.name, e.message);
}
// expect: SyntaxError Invalid regular expression: /(/: Unterminated group
// expect: SyntaxError Invalid regular expression: /)/: Unmatched ')'
// expect: SyntaxError Invalid regular expression: /a**/: Nothing to repeat
// expect: SyntaxError Invalid regular expression: /[/: Unterminated character class
// expect: SyntaxError Invalid regular expression: /\/: \ at end of pattern
// expect: SyntaxError Invalid regular expression: /a{2,1}/: numbers out of order in {} quantifier
// expect: SyntaxError Invalid regular expression: /(?<a>x)(?<a>y)/: Duplicate capture group name
// expect: SyntaxError Invalid flags supplied to RegExp constructor 'gg'
// expect: SyntaxError Invalid flags supplied to RegExp constructor 'z'
// expect: SyntaxError Invalid flags supplied to RegExp constructor 'uv'
// expect: TypeError Method RegExp.prototype.exec called on incompatible receiver #<Object>
// expect: SyntaxError Invalid regular expression: /(/: Unterminated group
// expect: TypeError Cannot assign to read only property 'lastIndex' of object '[object RegExp]'
