// Template literals are not part of the language.
// node: skip (valid JavaScript outside the subset)
let n = 3;
console.log(`n is ${n}`);
// expect error: SyntaxError: stitch does not support template literals
