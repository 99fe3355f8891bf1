// Object.keys of undefined or null cannot make an object.
console.log(JSON.stringify(Object.keys({ a: 1 }))); // expect: ["a"]
Object.keys(null);
// expect error: TypeError: Cannot convert undefined or null to object
