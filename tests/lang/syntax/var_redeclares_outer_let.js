// A var in a block is hoisted through the top level, where x is a let.
let x = 1;
{
  var x = 2;
}
// expect error: SyntaxError: Identifier 'x' has already been declared
