// A closing brace with no opening one.
let x = 1;
}
// expect error: SyntaxError: Unexpected token '}'
