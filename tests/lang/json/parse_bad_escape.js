// Only JSON's escapes are allowed in strings.
JSON.parse("\"\\x41\"");
// expect error: SyntaxError: Bad escaped character in JSON at position 2
