// A literal that ends at the line's end is an early error.
console.log("never printed");
const r = /ab
// expect error: SyntaxError: Invalid regular expression: missing /
