// Indexing with brackets is not part of the language either.
// node: skip (valid JavaScript outside the subset)
let s = "abc";
console.log(s[0]);
// expect error: SyntaxError: stitch does not support objects yet
