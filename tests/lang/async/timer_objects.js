// setTimeout and setInterval return node's Timeout object, setImmediate an
// Immediate: `ref`/`unref`/`hasRef`, `refresh`, `close`, and a Timeout's
// `[Symbol.toPrimitive]` (its id, which clearTimeout then accepts as a
// number or a string). An unref'd timer does not keep the loop alive.
const t = setTimeout(function () {
  console.log("fired", this === t, t._destroyed);
  setTimeout(() => console.log("after fire", t._destroyed, t.hasRef()), 0);
}, 0);
console.log(typeof t, t.constructor.name, Object.keys(t).join());
console.log(t.hasRef(), t.unref() === t, t.hasRef(), t.ref() === t, t.hasRef());
console.log(typeof +t, +t === t[Symbol.toPrimitive](), `${t}` === String(+t), t.refresh() === t);
console.log(t._idleTimeout, t._repeat, t._timerArgs, t._destroyed, typeof t._onTimeout);
const a = setTimeout((x, y) => console.log("args", x, y), 1, "p", "q");
console.log(a._timerArgs);
const c1 = setTimeout(() => console.log("never 1"), 0);
clearTimeout(c1);
console.log(c1._destroyed, c1._onTimeout, c1._idleTimeout);
const c2 = setTimeout(() => console.log("never 2"), 0);
clearTimeout(+c2);
const c3 = setTimeout(() => console.log("never 3"), 0);
clearTimeout(String(+c3));
const c4 = setTimeout(() => console.log("cleared only by the object"), 0);
clearTimeout(9999);
console.log(clearTimeout(undefined), clearTimeout(null), clearTimeout({}), clearTimeout("x"));
const c5 = setTimeout(() => console.log("never 5"), 0);
console.log(c5.close() === c5);
let n = 0;
const iv = setInterval(function () {
  n++;
  console.log("interval", n, iv._repeat, this === iv);
  if (n === 3) clearInterval(iv);
}, 1);
console.log(typeof iv, iv.constructor.name, iv._repeat);
const im = setImmediate((x) => console.log("immediate", x, im._destroyed, im.hasRef()), 7);
console.log(typeof im, im.constructor.name, Object.keys(im).join(), im.hasRef(), im._argv);
const im2 = setImmediate(() => console.log("never imm"));
clearImmediate(im2);
console.log(im2._destroyed, typeof im[Symbol.toPrimitive]);
setTimeout(() => console.log("never: unref'd and the loop has ended"), 50).unref();
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(t)).join());
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(im)).join());
// expect: object Timeout _idleTimeout,_idlePrev,_idleNext,_idleStart,_onTimeout,_timerArgs,_repeat,_destroyed
// expect: true true false true true
// expect: number true true true
// expect: 1 null undefined false function
// expect: [ 'p', 'q' ]
// expect: true null -1
// expect: undefined undefined undefined undefined
// expect: true
// expect: object Timeout 1
// expect: object Immediate _idleNext,_idlePrev,_onImmediate,_argv,_destroyed true [ 7 ]
// expect: true undefined
// expect: constructor,refresh,unref,ref,hasRef,close
// expect: constructor,ref,unref,hasRef
// expect: fired true false
// expect: args p q
// expect: cleared only by the object
// expect: interval 1 1 true
// expect: immediate 7 true false
// expect: after fire true true
// expect: interval 2 1 true
// expect: interval 3 1 true
