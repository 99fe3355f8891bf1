// return at the top level of a script.
// node: skip (node wraps CommonJS files in a function, so it accepts a top-level return; a plain script does not)
console.log("no");
return 1;
// expect error: SyntaxError: Illegal return statement
