// A raw line break inside a JSON string is an error.
JSON.parse("\"line\nbreak\"");
// expect error: SyntaxError: Bad control character in string literal in JSON at position 5
