console.log(`never closed ${1}
// expect error: SyntaxError: Unterminated template literal
