// Array.from checks its map function first.
Array.from([1], 5);
// expect error: TypeError: 5 is not a function
