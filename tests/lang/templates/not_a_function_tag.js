const t = 1;
console.log(t`x`);
// expect error: TypeError: t is not a function
