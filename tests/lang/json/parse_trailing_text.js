// Only whitespace may follow the value.
JSON.parse("{} {}");
// expect error: SyntaxError: Unexpected non-whitespace character after JSON at position 3
