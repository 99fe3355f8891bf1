let a = 1, b
a = 1 b = 2
// expect error: SyntaxError: Unexpected identifier 'b'
