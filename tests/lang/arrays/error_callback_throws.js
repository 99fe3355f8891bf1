// An exception in a callback leaves the method, and the program.
function bad(x) { return x.missing.field; }
var seen = [];
function note(x) { seen.push(x); return bad(x); }
[1, 2, 3].map(note);
// expect error: TypeError: Cannot read properties of undefined (reading 'field')
