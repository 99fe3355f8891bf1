// \8 and \9 in a class (strict code).
class C {
  m() { return '\8'; }
}
// expect error: SyntaxError: \8 and \9 are not allowed in strict mode.
