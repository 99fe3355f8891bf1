// new on a non-constructor value.
const x = 5;
new x();
// expect error: TypeError: x is not a constructor
