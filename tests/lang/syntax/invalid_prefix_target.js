// -- on a parenthesized expression.
let x = 1;
--(x + 1);
// expect error: SyntaxError: Invalid left-hand side expression in prefix operation
