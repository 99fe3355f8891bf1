// Assigning to a const is a runtime TypeError.
const c = 1;
console.log(c); // expect: 1
c = 2;
console.log("not reached");
// expect error: TypeError: Assignment to constant variable.
