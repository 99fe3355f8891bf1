// Compound assignment to a const fails too.
const total = 10;
total += 1;
// expect error: TypeError: Assignment to constant variable.
