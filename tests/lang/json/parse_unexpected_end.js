// JSON text that stops in the middle.
JSON.parse("{\"a\": [1, 2");
// expect error: SyntaxError: Expected ',' or ']' after array element in JSON at position 11
