// The condition of an if needs parentheses.
let x = 1;
if x > 0 { console.log(x); }
// expect error: SyntaxError: Unexpected identifier 'x'
