// A function declared inside a block counts as nested.
// node: skip (valid JavaScript outside the subset)
if (true) {
  function inBlock() { return 1; }
}
console.log(1);
// expect error: SyntaxError: stitch does not support function declarations inside blocks yet
