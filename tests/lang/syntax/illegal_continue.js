// continue outside a loop.
if (true) {
  continue;
}
// expect error: SyntaxError: Illegal continue statement: no surrounding iteration statement
