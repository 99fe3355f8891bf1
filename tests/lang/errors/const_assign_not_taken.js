// The error only happens if the assignment actually runs.
const k = 1;
if (false) { k = 2; }
function never() { k = 3; }
console.log(k); // expect: 1
k--;
// expect error: TypeError: Assignment to constant variable.
