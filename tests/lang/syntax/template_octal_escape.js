// Octal escapes are never allowed in an untagged template.
console.log(`a\12b`);
// expect error: SyntaxError: Octal escape sequences are not allowed in template strings.
