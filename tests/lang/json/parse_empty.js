// The empty string is not JSON.
JSON.parse("");
// expect error: SyntaxError: Unexpected end of JSON input
