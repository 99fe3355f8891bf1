// Compound assignment to a parenthesized sum.
let a = 1;
(a + 1) += 2;
// expect error: SyntaxError: Invalid left-hand side in assignment
