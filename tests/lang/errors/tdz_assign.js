// Assigning a let before its declaration runs.
y = 5;
let y;
// expect error: ReferenceError: Cannot access 'y' before initialization
