// Exceptions cannot be caught.
// node: skip (valid JavaScript outside the subset)
try {
  console.log(1);
} catch (e) {
  console.log(2);
}
// expect error: SyntaxError: stitch does not support `try` statements
