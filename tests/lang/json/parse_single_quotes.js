// JSON strings use double quotes only.
JSON.parse("{'a': 1}");
// expect error: SyntaxError: Expected property name or '}' in JSON at position 1
