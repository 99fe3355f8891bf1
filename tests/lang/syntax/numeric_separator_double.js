// Two underscores in a row in a number.
let n = 1__000;
// expect error: SyntaxError: Only one underscore is allowed as numeric separator
