let [a];
// expect error: SyntaxError: Missing initializer in destructuring declaration
