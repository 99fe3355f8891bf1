let { a: { b } } = {};
// expect error: TypeError: Cannot read properties of undefined (reading 'b')
