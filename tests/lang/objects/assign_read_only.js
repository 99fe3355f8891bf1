// Object.assign writes like strict code: a read-only property throws.
var frozen = Object.freeze({ a: 1, b: 2 });
Object.assign(frozen, {}); // nothing to write
Object.assign(frozen, { a: 2 });
// expect error: TypeError: Cannot assign to read only property 'a' of object '#<Object>'
