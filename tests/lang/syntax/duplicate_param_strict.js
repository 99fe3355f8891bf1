// A strict function may not repeat a parameter name.
function f(a, b, a) {
  'use strict';
  return a + b;
}
// expect error: SyntaxError: Duplicate parameter name not allowed in this context
