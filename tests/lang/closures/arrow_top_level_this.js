// Arrows at the top level see the script's `this`, however they are called.
const f = () => this;
console.log(f(), f.call({ a: 1 }));
const o = { g: () => this, h() { return (() => this)(); } };
console.log(o.g(), o.h());
{ let k = 1; const q = () => [this, k]; console.log(q.call(5)); }
// expect: {} {}
// expect: {} { g: [Function: g], h: [Function: h] }
// expect: [ {}, 1 ]
