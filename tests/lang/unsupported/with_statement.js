// node: skip (valid sloppy JavaScript outside the subset)
// `with` is outside the subset: refused before running, with the
// construct named.
console.log("never printed");
with (Math) {
  console.log(PI);
}
// expect error: SyntaxError: stitch does not support `with` statements
