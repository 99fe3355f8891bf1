// Labels (and labeled break/continue) are not part of the language.
// node: skip (valid JavaScript outside the subset)
outer: for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 3; j++) {
    if (j === 1) break outer;
  }
}
// expect error: SyntaxError: stitch does not support labels
