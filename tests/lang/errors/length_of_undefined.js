// Reading .length of undefined.
let s;
console.log("x".length); // expect: 1
console.log(s.length);
// expect error: TypeError: Cannot read properties of undefined (reading 'length')
