// An infinite count is a RangeError, even for the empty string.
console.log("".repeat(Infinity));
// expect error: RangeError: Invalid count value: Infinity
