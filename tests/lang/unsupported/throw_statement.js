// Exceptions cannot be thrown.
// node: skip (valid JavaScript outside the subset)
console.log(1);
throw 1;
// expect error: SyntaxError: stitch does not support `throw` statements
