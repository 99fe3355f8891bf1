// Declaring the same let twice in one scope.
let x = 1;
let x = 2;
// expect error: SyntaxError: Identifier 'x' has already been declared
