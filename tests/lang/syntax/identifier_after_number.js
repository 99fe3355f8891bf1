// An identifier may not start right after a numeric literal.
let n = 3in;
// expect error: SyntaxError: Invalid or unexpected token
