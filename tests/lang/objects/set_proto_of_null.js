// setPrototypeOf needs a value with properties.
Object.setPrototypeOf(undefined, {});
// expect error: TypeError: Object.setPrototypeOf called on null or undefined
