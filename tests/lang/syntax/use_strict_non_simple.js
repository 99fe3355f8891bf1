// A function whose parameters are not plain names cannot turn itself strict.
function ok(a) { "use strict"; return a; }
function bad(a = 1) { "use strict"; return a; }
// expect error: SyntaxError: Illegal 'use strict' directive in function with non-simple parameter list
