// Calling a name that was never declared.
console.log(1); // expect: 1
doesNotExist(1);
// expect error: ReferenceError: doesNotExist is not defined
