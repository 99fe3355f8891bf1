let [a = b, b] = [];
// expect error: ReferenceError: Cannot access 'b' before initialization
