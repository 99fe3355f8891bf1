// A var cannot share a scope with a let of the same name.
let total = 0;
var total = 1;
// expect error: SyntaxError: Identifier 'total' has already been declared
