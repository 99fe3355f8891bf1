// So are decimals written with a leading zero, in a strict function too.
function f() {
  'use strict';
  return 08;
}
// expect error: SyntaxError: Decimals with leading zeros are not allowed in strict mode.
