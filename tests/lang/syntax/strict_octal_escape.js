// An octal escape in a directive before 'use strict' is still strict code.
function f() {
  '\01';
  'use strict';
}
// expect error: SyntaxError: Octal escape sequences are not allowed in strict mode.
