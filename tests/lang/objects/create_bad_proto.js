// A prototype is an object or null.
console.log(Object.getPrototypeOf(Object.create(null))); // expect: null
Object.create(1);
// expect error: TypeError: Object prototype may only be an Object or null: 1
