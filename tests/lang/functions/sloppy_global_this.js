// A sloppy function called without a receiver sees the global object as
// `this`; its NaN, Infinity and undefined are read-only and cannot be deleted.
function f() {
  return [delete this.NaN, delete this[NaN], this.Infinity, typeof this.undefined, delete this.notThere];
}
function g() { this.NaN = 1; return this.NaN; }
console.log(f(), g());
// expect: [ false, false, Infinity, 'undefined', true ] NaN
