// `new` is not part of the language.
// node: skip (valid JavaScript outside the subset)
function Point() {}
let p = new Point();
// expect error: SyntaxError: stitch does not support objects yet
