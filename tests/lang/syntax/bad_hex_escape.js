// \x needs two hex digits.
let s = "\x4";
// expect error: SyntaxError: Invalid hexadecimal escape sequence
