const a = 1;
let b;
[b, a] = [2, 3];
// expect error: TypeError: Assignment to constant variable.
