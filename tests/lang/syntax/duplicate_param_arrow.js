// Arrows never allow a repeated parameter name, even in sloppy code.
const f = (a, a) => a;
// expect error: SyntaxError: Duplicate parameter name not allowed in this context
