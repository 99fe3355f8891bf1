// A getter must be a function.
Object.defineProperty({}, "x", { get: 5 });
// expect error: TypeError: Getter must be a function: 5
