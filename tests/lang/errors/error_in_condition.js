// Errors raised while evaluating a loop condition.
let i = 0;
while (i < 2 || later) {
  i++;
}
let later = false;
// expect error: ReferenceError: Cannot access 'later' before initialization
