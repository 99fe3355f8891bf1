// Unknown or repeated flags in a literal are an early error.
console.log("never printed");
const r = /ab/gig;
// expect error: SyntaxError: Invalid regular expression flags
