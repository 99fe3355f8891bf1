// node: skip (valid JavaScript outside the subset)
// JavaScript's built-in objects that stitch lacks are rejected at compile
// time, before any output, unless the program declares a binding of that
// name itself.
console.log("never printed");
console.log(typeof Proxy.revocable);
// expect error: SyntaxError: stitch does not support `Proxy` (a JavaScript built-in)
