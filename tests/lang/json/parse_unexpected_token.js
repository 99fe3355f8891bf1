// A character that cannot start a JSON value.
console.log(JSON.parse("[1]")[0]); // expect: 1
JSON.parse("[1, x]");
// expect error: SyntaxError: Unexpected token 'x', "[1, x]" is not valid JSON
