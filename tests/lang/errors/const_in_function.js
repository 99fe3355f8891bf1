// Assigning to a global const from inside a function.
const MAX = 3;
function bump() { MAX = MAX + 1; }
console.log(MAX); // expect: 3
bump();
// expect error: TypeError: Assignment to constant variable.
