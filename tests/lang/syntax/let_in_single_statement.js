// A lexical declaration cannot be the body of an if without braces.
if (true) let x = 1;
// expect error: SyntaxError: Lexical declaration cannot appear in a single-statement context
