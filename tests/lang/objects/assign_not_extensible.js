// Object.assign cannot add to an object that is not extensible.
Object.assign(Object.preventExtensions({}), { b: 2 });
// expect error: TypeError: Cannot add property b, object is not extensible
