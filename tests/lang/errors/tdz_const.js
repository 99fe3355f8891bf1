// const has a temporal dead zone too.
function f() { return LIMIT * 2; }
console.log(f());
const LIMIT = 4;
// expect error: ReferenceError: Cannot access 'LIMIT' before initialization
