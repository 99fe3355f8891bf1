// Object literals are not part of the language.
// node: skip (valid JavaScript outside the subset)
let o = { x: 1, y: 2 };
console.log(o.x);
// expect error: SyntaxError: stitch does not support objects yet
