// Two __proto__: value properties in one object literal.
const o = { __proto__: null, a: 1, '__proto__': {} };
// expect error: SyntaxError: Duplicate __proto__ fields are not allowed in object literals
