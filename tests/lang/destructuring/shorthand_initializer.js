let a = 1;
let o = { a = 2 };
// expect error: SyntaxError: Invalid shorthand property initializer
