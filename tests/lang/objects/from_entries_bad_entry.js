// Each entry of Object.fromEntries must be an object.
Object.fromEntries([["a", 1], 5]);
// expect error: TypeError: Iterator value 5 is not an entry object
