// A frozen object's inherited setter still takes a write.
const base = { set v(x) { this.seen = x; } };
const o = Object.freeze(Object.create(base));
o.v = 5;
console.log(o.seen, base.seen);
// expect: undefined undefined
