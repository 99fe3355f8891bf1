// Reading an undeclared variable is a ReferenceError.
console.log("start"); // expect: start
console.log(missing);
// expect error: ReferenceError: missing is not defined
