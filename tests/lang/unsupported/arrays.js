// Array literals are not part of the language.
// node: skip (valid JavaScript outside the subset)
let a = [1, 2, 3];
console.log(a.length);
// expect error: SyntaxError: stitch does not support objects yet
