// Functions may only be declared at the top level of the script.
// node: skip (valid JavaScript outside the subset)
function outer() {
  function inner() { return 1; }
  return inner();
}
console.log(outer());
// expect error: SyntaxError: stitch does not support nested functions yet
