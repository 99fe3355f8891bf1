// A non-simple parameter list (here a pattern) makes a repeat an error.
function f(a, { b, a }) {}
// expect error: SyntaxError: Duplicate parameter name not allowed in this context
