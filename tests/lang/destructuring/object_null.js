let o = null;
let { a, b } = o;
// expect error: TypeError: Cannot destructure property 'a' of 'o' as it is null.
