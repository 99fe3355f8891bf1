// .length of a function's missing return value.
function nothing() {}
console.log(nothing().length);
// expect error: TypeError: Cannot read properties of undefined (reading 'length')
