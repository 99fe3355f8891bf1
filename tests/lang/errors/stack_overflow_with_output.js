// Output before a stack overflow is kept.
let depth = 0;
function dive() { depth++; dive(); }
console.log("diving"); // expect: diving
dive();
// expect error: RangeError: Maximum call stack size exceeded
