// An extra closing parenthesis.
console.log("never printed: syntax errors are reported before running");
console.log(1));
// expect error: SyntaxError: Unexpected token ')'
