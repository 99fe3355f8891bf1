// JSON has no trailing commas.
JSON.parse("{\"a\": 1,}");
// expect error: SyntaxError: Expected double-quoted property name in JSON at position 8
