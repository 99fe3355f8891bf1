// An error in a setter reaches the assignment.
const o = { set x(v) { null.boom = v; } };
o.x = 1;
// expect error: TypeError: Cannot set properties of null (setting 'boom')
