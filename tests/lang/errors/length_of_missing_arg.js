// .length of a missing argument.
function len(s) { return s.length; }
console.log(len("abc")); // expect: 3
console.log(len());
// expect error: TypeError: Cannot read properties of undefined (reading 'length')
