// No leading zeros.
JSON.parse("007");
// expect error: SyntaxError: Unexpected number in JSON at position 1
