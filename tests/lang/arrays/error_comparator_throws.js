// An exception in a comparator leaves sort.
function cmp(a, b) { if (a === 3) { return a.x.y; } return a - b; }
[5, 1, 3, 2].sort(cmp);
// expect error: TypeError: Cannot read properties of undefined (reading 'y')
