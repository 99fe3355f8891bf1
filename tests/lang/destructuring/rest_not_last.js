let a, b;
[...a, b] = [1, 2];
// expect error: SyntaxError: Rest element must be last element
