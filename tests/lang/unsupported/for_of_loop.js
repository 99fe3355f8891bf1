// Only the three-part for loop is supported.
// node: skip (valid JavaScript outside the subset)
for (let ch of "abc") console.log(ch);
// expect error: SyntaxError: stitch does not support for...of yet
