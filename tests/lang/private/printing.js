// Private members are invisible to printing, keys, JSON, spread, assign and for-in.
class P { #a = 1; static #s = 2; b = 2; #m() {} get #g() { return 1 } static c = 3; }
const p = new P();
console.log(p, P, Object.keys(p), Object.getOwnPropertyNames(p), JSON.stringify(p));
console.log({ ...p }, Object.assign({}, p), Object.entries(p), Object.getOwnPropertyNames(P));
for (const k in p) console.log("key", k);
console.log("#a" in p, p["#a"], Object.isFrozen(Object.freeze(new P())));
class Q { #x = 1; }
console.log(new Q(), [new Q()], { q: new Q() });
// expect: P { b: 2 } [class P] { c: 3 } [ 'b' ] [ 'b' ] {"b":2}
// expect: { b: 2 } { b: 2 } [ [ 'b', 2 ] ] [ 'length', 'name', 'prototype', 'c' ]
// expect: key b
// expect: false undefined true
// expect: Q {} [ Q {} ] { q: Q {} }
