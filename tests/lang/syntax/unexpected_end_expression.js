// An expression cut off at the end of the file.
let x = 1 +
// expect error: SyntaxError: Unexpected end of input
