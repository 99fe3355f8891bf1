// A number needs digits after its point.
JSON.parse("[1.]");
// expect error: SyntaxError: Unterminated fractional number in JSON at position 3
