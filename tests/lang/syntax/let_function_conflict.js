// A let cannot share the top-level scope with a function declaration.
function helper() {}
let helper = 1;
// expect error: SyntaxError: Identifier 'helper' has already been declared
