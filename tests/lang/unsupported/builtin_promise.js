// node: skip (valid JavaScript outside the subset)
// JavaScript's built-in objects that stitch lacks are rejected at compile
// time, before any output, unless the program declares a binding of that
// name itself.
console.log("never printed");
console.log(typeof Promise.resolve);
// expect error: SyntaxError: stitch does not support `Promise` (a JavaScript built-in)
