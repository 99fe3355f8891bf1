// Elements with attributes of their own (Object.defineProperty on an
// index): read-only, hidden, fixed and accessor elements of arrays and
// array-likes, through element access, the Array methods and the loops
// that get compiled (the stores go to the runtime, which checks them).
"use strict";
function tryIt(f) {
  try {
    return f();
  } catch (e) {
    return e.constructor.name + ": " + e.message;
  }
}
const a = [1, 2, 3];
Object.defineProperty(a, 0, { writable: false });
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(a, 0)));
// expect: {"value":1,"writable":false,"enumerable":true,"configurable":true}
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(a, 1)));
// expect: {"value":2,"writable":true,"enumerable":true,"configurable":true}
console.log(tryIt(() => (a[0] = 9)));
// expect: TypeError: Cannot assign to read only property '0' of object '[object Array]'
for (let i = 0; i < 3000; i++) {
  try {
    a[i % 3] = i % 3 === 0 ? 7 : a[i % 3];
  } catch (e) {}
}
console.log(a[0], a.length, a, a.join());
// expect: 1 3 [ 1, 2, 3 ] 1,2,3
console.log(tryIt(() => a.reverse()));
// expect: TypeError: Cannot assign to read only property '0' of object '[object Array]'
console.log(tryIt(() => a.fill(0)));
// expect: TypeError: Cannot assign to read only property '0' of object '[object Array]'
console.log(a.map((x) => x * 2), a.indexOf(1), a.includes(1), [...a], a.slice(0, 1));
// expect: [ 2, 4, 6 ] 0 true [ 1, 2, 3 ] [ 1 ]
a.length = 1;
console.log(a, a.length, a[0]);
// expect: [ 1 ] 1 1

// A getter and a setter on array indices.
const log = [];
const g = [10, 20, 30];
Object.defineProperty(g, 1, {
  get() {
    return 42;
  },
  set(v) {
    log.push(v);
  },
  enumerable: true,
  configurable: true,
});
let sum = 0;
for (let i = 0; i < 2000; i++) sum += g[i % 3];
console.log(sum);
// expect: 54664
for (let i = 0; i < 2000; i++) g[1] = i;
console.log(log.length, log[1999], g[1], g.length);
// expect: 2000 1999 42 3
console.log(g, g.join("-"), JSON.stringify(g), g.map((x) => x + 1), Object.keys(g));
// expect: [ 10, [Getter/Setter], 30 ] 10-42-30 [10,42,30] [ 11, 43, 31 ] [ '0', '1', '2' ]
const gd = Object.getOwnPropertyDescriptor(g, 1);
console.log(typeof gd.get, typeof gd.set, gd.enumerable, gd.configurable, "value" in gd);
// expect: function function true true false

// A getter past the end grows the array.
const p = [1];
Object.defineProperty(p, 3, { get: () => "late", enumerable: true });
console.log(p.length, p[3], p, 2 in p);
// expect: 4 late [ 1, <2 empty items>, [Getter] ] false

// Hidden and fixed elements.
const h = [1, 2, 3];
Object.defineProperty(h, 1, { enumerable: false });
console.log(Object.keys(h), JSON.stringify(h), h, h.length);
// expect: [ '0', '2' ] [1,2,3] [ 1, 2, 3 ] 3
const f = [1, 2, 3, 4];
Object.defineProperty(f, 1, { configurable: false });
console.log(tryIt(() => delete f[1]));
// expect: TypeError: Cannot delete property '1' of [object Array]
console.log(tryIt(() => (f.length = 0)), f.length, f);
// expect: TypeError: Cannot delete property '1' of [object Array] 2 [ 1, 2 ]
console.log(tryIt(() => f.pop()), f);
// expect: TypeError: Cannot delete property '1' of [object Array] [ 1, 2 ]
console.log(tryIt(() => Object.defineProperty(f, 1, { value: 5 })), f[1]);
// expect: [ 1, 5 ] 5
console.log(tryIt(() => Object.defineProperty(f, 1, { enumerable: false })));
// expect: TypeError: Cannot redefine property: 1

// A new element defined with a value only is read-only, hidden and fixed.
const n = [];
Object.defineProperty(n, 0, { value: "v" });
console.log(n.length, n[0], Object.keys(n), JSON.stringify(Object.getOwnPropertyDescriptor(n, 0)));
// expect: 1 v [] {"value":"v","writable":false,"enumerable":false,"configurable":false}

// Array-likes: the methods that read elements call getters.
const o = { length: 2, 0: "a", 1: "b" };
Object.defineProperty(o, 0, { get: () => "G", enumerable: true, configurable: true });
Object.defineProperty(o, 1, { writable: false });
console.log(Array.prototype.join.call(o), Array.from(o), tryIt(() => (o[1] = "z")), o[1]);
// expect: G,b [ 'G', 'b' ] TypeError: Cannot assign to read only property '1' of object '#<Object>' b
