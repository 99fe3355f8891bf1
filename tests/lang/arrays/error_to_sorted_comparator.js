// toSorted checks its comparator like sort.
[2, 1].toSorted("up");
// expect error: TypeError: The comparison function must be either a function or undefined
