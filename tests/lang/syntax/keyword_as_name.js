// Reserved words cannot be variable names.
let if = 1;
// expect error: SyntaxError: Unexpected token 'if'
