console.log(`\01`);
// expect error: SyntaxError: Octal escape sequences are not allowed in template strings
