// node: skip (valid JavaScript outside the subset)
// JavaScript's built-in objects are rejected at compile time, before any
// output, unless the program declares a binding of that name itself.
console.log("never printed");
console.log(Math.floor(2.5));
// expect error: SyntaxError: stitch does not support `Math` (a JavaScript built-in)
