// The ReferenceError is raised when the function runs, not when it is declared.
function f() { return nope + 1; }
console.log("declared"); // expect: declared
console.log(f());
// expect error: ReferenceError: nope is not defined
