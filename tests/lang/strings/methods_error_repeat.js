// A negative count is a RangeError showing the count.
console.log("ab".repeat(2)); // expect: abab
console.log("ab".repeat(-1));
// expect error: RangeError: Invalid count value: -1
