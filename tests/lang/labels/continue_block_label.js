blk: {
  for (;;) continue blk;
}
// expect error: SyntaxError: Illegal continue statement: 'blk' does not denote an iteration statement
