let u;
console.log(u.x);
// expect error: TypeError: Cannot read properties of undefined (reading 'x')
