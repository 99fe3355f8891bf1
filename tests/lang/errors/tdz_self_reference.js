// A let cannot refer to itself in its initializer.
let n = n + 1;
// expect error: ReferenceError: Cannot access 'n' before initialization
