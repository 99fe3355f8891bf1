// Unresolvable names fail even inside larger expressions.
let a = 1;
let b = a + 2 * (3 - ghost);
// expect error: ReferenceError: ghost is not defined
