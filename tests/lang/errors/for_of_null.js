// for...of over null: no "(cannot read property …)" (that is a call spread's).
let n = null;
for (const v of n) console.log(v);
// expect error: TypeError: n is not iterable
