// Reading .length of null.
let s = null;
let n = s.length;
// expect error: TypeError: Cannot read properties of null (reading 'length')
