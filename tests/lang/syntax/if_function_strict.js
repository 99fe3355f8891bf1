// Strict code allows no function declaration as an `if` branch.
"use strict";
if (1) function f() {}
// expect error: SyntaxError: In strict mode code, functions can only be declared at top level or inside a block.
