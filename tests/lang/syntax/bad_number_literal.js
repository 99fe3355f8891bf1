// A hex prefix without digits.
let n = 0x;
// expect error: SyntaxError: Invalid or unexpected token
