// let is a name only in sloppy code.
'use strict';
var let = 1;
// expect error: SyntaxError: Unexpected strict mode reserved word
