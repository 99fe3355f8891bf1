// Strings have no methods; only `.length` may be read.
// node: skip (valid JavaScript outside the subset)
let s = "abc";
console.log(s.charAt(0));
// expect error: SyntaxError: stitch does not support property access (`.charAt`)
