// undefined converts to the text "undefined", which is not JSON.
JSON.parse(undefined);
// expect error: SyntaxError: "undefined" is not valid JSON
