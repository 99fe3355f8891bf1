// A property descriptor must be an object.
Object.defineProperty({}, "a", 1);
// expect error: TypeError: Property description must be an object: 1
