let a;
[a + 1] = [1];
// expect error: SyntaxError: Invalid destructuring assignment target
