// ?? cannot be mixed with || without parentheses.
let a = null, b = 0, c = 1;
let d = a || b ?? c;
// expect error: SyntaxError: Unexpected token '??'
