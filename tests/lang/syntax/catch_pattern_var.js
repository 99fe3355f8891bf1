// A destructured catch parameter cannot be redeclared by var (a plain one can).
try {
  throw [1];
} catch ([e]) {
  var e = 2;
}
// expect error: SyntaxError: Identifier 'e' has already been declared
