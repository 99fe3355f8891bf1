// A var in a for-of body meets the loop's let binding.
for (let i of [1, 2]) {
  var i = 0;
}
// expect error: SyntaxError: Identifier 'i' has already been declared
