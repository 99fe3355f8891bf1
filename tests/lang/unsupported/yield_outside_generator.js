// node: skip (valid sloppy JavaScript, where `yield` outside a generator is a name; stitch reserves it)
// `yield` belongs to generator functions: anywhere else it is refused at compile time.
console.log("never printed");
function f() { return yield; }
// expect error: SyntaxError: stitch supports `yield` only in generator functions
