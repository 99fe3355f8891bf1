// A BigInt literal with a fraction, exponent or legacy leading zero is
// no literal at all.
let n = 1.5n;
// expect error: SyntaxError: Invalid or unexpected token
