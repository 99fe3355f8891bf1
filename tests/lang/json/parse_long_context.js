// In a long text the message quotes ten characters either side.
JSON.parse("{\"name\": \"stitch\", \"version\": ?, \"more\": true}");
// expect error: SyntaxError: Unexpected token '?', ..."version": ?, "more":"... is not valid JSON
