// `in` on a string: V8 names the string without quotes.
let s = "str";
console.log("x" in s);
// expect error: TypeError: Cannot use 'in' operator to search for 'x' in str
