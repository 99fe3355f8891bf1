// An invalid pattern in a literal is an early error: nothing runs.
console.log("never printed");
const r = /a(b/g;
// expect error: SyntaxError: Invalid regular expression: /a(b/g: Unterminated group
