// node: skip (valid JavaScript outside the subset)
// JavaScript's built-in objects that stitch lacks (`Proxy`, `Intl`,
// node's `Buffer`) are not globals here: `typeof` finds none, so a program
// that tests for one takes its other path, and reading one throws a
// ReferenceError that says why, at the place it happens.
console.log(typeof Proxy, typeof Buffer); // expect: undefined undefined
const make = typeof Proxy === "function" ? (o) => new Proxy(o, {}) : (o) => ({ ...o });
console.log(make({ a: 1 })); // expect: { a: 1 }
try {
  new Float16Array(2);
} catch (e) {
  console.log(e.name, e.message); // expect: ReferenceError Float16Array is not defined
}
try {
  Intl.NumberFormat;
} catch (e) {
  console.log(e instanceof ReferenceError, e.message); // expect: true stitch does not support `Intl` (a JavaScript built-in)
}
console.log(Proxy.revocable);
// expect error: ReferenceError: stitch does not support `Proxy` (a JavaScript built-in)
