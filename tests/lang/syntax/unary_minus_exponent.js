// A unary operator directly before ** is ambiguous and rejected.
console.log(-2 ** 2);
// expect error: SyntaxError: Unary operator used immediately before exponentiation expression. Parenthesis must be used to disambiguate operator precedence
