// A comparator must be a function or undefined.
console.log([2, 1].sort(undefined).join()); // expect: 1,2
[2, 1].sort(null);
// expect error: TypeError: The comparison function must be either a function or undefined
