// node: skip (valid JavaScript outside the subset)
// Async generators (`async function*`, `async *m()`) are outside the
// subset: refused before running, with the construct named.
console.log("never printed");
async function* numbers() {
  yield 1;
}
// expect error: SyntaxError: stitch does not support async generators (`async function*`)
