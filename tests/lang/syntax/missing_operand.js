// A binary operator with nothing on its right.
let x = 1 * ;
// expect error: SyntaxError: Unexpected token ';'
