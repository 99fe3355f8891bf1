// Functions can only be declared, not used as expressions.
// node: skip (valid JavaScript outside the subset)
let f = function (x) { return x; };
console.log(f(1));
// expect error: SyntaxError: stitch does not support objects yet
