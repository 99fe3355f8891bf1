// A separator right after a radix prefix, a point or an exponent mark:
// V8 calls it an invalid token, not a trailing separator.
let n = 0x_ff;
// expect error: SyntaxError: Invalid or unexpected token
