// defineProperty needs an object.
Object.defineProperty("text", "a", { value: 1 });
// expect error: TypeError: Object.defineProperty called on non-object
