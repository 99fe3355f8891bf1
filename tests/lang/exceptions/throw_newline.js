// `throw` and its expression must be on one line (no semicolon is
// inserted: it is an error).
console.log("never runs");
throw
  new Error("on the next line");
// expect error: SyntaxError: Illegal newline after throw
