// Class methods are strict: no repeated parameter names.
class C {
  m(x, x) {}
}
// expect error: SyntaxError: Duplicate parameter name not allowed in this context
