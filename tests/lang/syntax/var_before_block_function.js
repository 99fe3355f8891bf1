// A block's function declaration is lexical: an earlier var of the block clashes.
{
  var q = 1;
  function q() {}
}
// expect error: SyntaxError: Identifier 'q' has already been declared
