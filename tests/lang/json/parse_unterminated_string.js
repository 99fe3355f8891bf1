// A string needs its closing quote.
JSON.parse("[\"open");
// expect error: SyntaxError: Unterminated string in JSON at position 6
