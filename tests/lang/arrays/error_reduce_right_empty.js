// reduceRight too.
function add(a, b) { return a + b; }
[].reduceRight(add);
// expect error: TypeError: Reduce of empty array with no initial value
