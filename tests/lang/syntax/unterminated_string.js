// A string literal without its closing quote.
let s = "abc;
// expect error: SyntaxError: Invalid or unexpected token
