// console.log shows a promise's state as node does.
const rejected = Promise.reject(new Error("x"));
rejected.catch(() => {});
console.log(Promise.resolve(1), new Promise(() => {}));
console.log([Promise.resolve({ a: 1 })], { p: Promise.resolve("s") });
console.log(String(Promise.resolve()), Object.prototype.toString.call(rejected));
console.log(typeof Promise, Promise.name, Promise.length, Promise.prototype.then.length);
const p = Promise.reject(42);
p.catch(() => {});
console.log(p);
const q = Promise.resolve(3);
q.extra = true;
console.log(q);
// expect: Promise { 1 } Promise { <pending> }
// expect: [ Promise { { a: 1 } } ] { p: Promise { 's' } }
// expect: [object Promise] [object Promise]
// expect: function Promise 1 2
// expect: Promise { <rejected> 42 }
// expect: Promise { 3, extra: true }
