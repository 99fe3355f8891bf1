// Two identifiers in a row.
var a b;
// expect error: SyntaxError: Unexpected identifier 'b'
