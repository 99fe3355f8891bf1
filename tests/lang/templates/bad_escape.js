console.log(`ok ${1} \x4G`);
// expect error: SyntaxError: Invalid hexadecimal escape sequence
