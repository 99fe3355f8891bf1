// break outside a loop.
console.log("no");
break;
// expect error: SyntaxError: Illegal break statement
