// Assigning to an expression that is not a variable.
let a = 1, b = 2;
a + b = 3;
// expect error: SyntaxError: Invalid left-hand side in assignment
