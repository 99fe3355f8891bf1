// A Promise subclass: `then`, `finally` and the statics called on it make
// instances of it (NewPromiseCapability: `new P(executor)`), in node's
// tick order; node prints one as `P [Promise] { 1 }`.
let made = 0;
class P extends Promise {
  constructor(executor) {
    made++;
    super(executor);
  }
}
const a = P.resolve(1);
console.log(a instanceof P, made); // expect: true 1
const t = a.then((v) => v + 1);
console.log(t instanceof P, t.constructor.name, made); // expect: true P 2
console.log(a); // expect: P [Promise] { 1 }
console.log(P.all([1]) instanceof P, P.reject(0).catch(() => {}) instanceof P); // expect: true true
console.log(Promise.resolve(a) === a, P.resolve(a) === a); // expect: false true
console.log([new P(() => {})]); // expect: [ P [Promise] { <pending> } ]
// The species is the constructor when it is Promise or extends it.
const p = Promise.resolve(1);
p.constructor = function NotPromise() {};
console.log(p.then() instanceof Promise); // expect: true
const errors = [
  () => Promise.resolve.call(1),
  () => Promise.all.call({}, []),
  () => Promise.resolve.call(function (ex) {}),
  () => Promise.resolve.call(function (ex) { ex(1, 2); ex(3, 4); }),
  () => { p.constructor = 5; p.then(); },
];
for (const f of errors) {
  try {
    f();
  } catch (e) {
    console.log(e.message);
  }
}
// expect: PromiseResolve called on non-object
// expect: #<Object> is not a constructor
// expect: Promise resolve or reject function is not callable
// expect: Promise executor has already been invoked with non-undefined arguments
// expect: The .constructor property is not an object
// Jobs, in node's order.
a.then(() => console.log("then 1")).then(() => console.log("then 2"));
Promise.resolve().then(() => console.log("plain 1")).then(() => console.log("plain 2"));
(async () => console.log("await", await a))();
P.all([a, 2, Promise.resolve(3)]).then((v) => console.log("all", v));
a.finally(() => console.log("finally")).then((v) => console.log("after finally", v));
class Wrap extends Promise {
  constructor(executor) {
    super((res, rej) => executor((v) => res(v * 10), rej));
  }
}
Wrap.resolve(5).then((v) => console.log("wrap", v));
// expect: then 1
// expect: plain 1
// expect: finally
// expect: wrap 50
// expect: then 2
// expect: plain 2
// expect: await 1
// expect: all [ 1, 2, 3 ]
// expect: after finally 1
