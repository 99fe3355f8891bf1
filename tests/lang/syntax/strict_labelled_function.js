// Strict code has no labelled function declarations.
'use strict';
l: function f() {}
// expect error: SyntaxError: In strict mode code, functions can only be declared at top level or inside a block.
