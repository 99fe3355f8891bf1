// Arrow functions are not part of the language.
// node: skip (valid JavaScript outside the subset)
let double = (x) => x * 2;
console.log(double(2));
// expect error: SyntaxError: stitch does not support arrow functions
