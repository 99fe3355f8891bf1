// `in` on a primitive: the error is at the operator, as in V8.
console.log("x" in { x: 1 }); // expect: true
console.log(("x" in true));
// expect error: TypeError: Cannot use 'in' operator to search for 'x' in true
