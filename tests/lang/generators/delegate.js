// yield* passes on every item of any iterable, and its value is the inner generator's return value.
function* inner() {
  const x = yield "i1";
  console.log("inner got", x);
  return "inner result";
}
function* outer() {
  const r = yield* inner();
  console.log("r =", r);
  yield* [1, 2];
  yield* "hé";
  yield* new Set(["s"]);
  yield* new Map([["k", "v"]]);
  const a = yield* [];
  return a;
}
const it = outer();
console.log(it.next("lost"), it.next("sent"));
console.log([...it]);
// throw() and return() are passed to the inner generator.
function* worker() {
  try {
    yield "w1";
    yield "w2";
  } catch (e) {
    console.log("worker caught", e);
    yield "w3";
  } finally {
    console.log("worker finally");
  }
}
function* boss() {
  try {
    yield* worker();
  } finally {
    console.log("boss finally");
  }
}
const b = boss();
console.log(b.next(), b.throw("x"), b.next());
const c = boss();
console.log(c.next(), c.return("stop"), c.next());
// Recursion: an in-order walk of a tree.
function* walk(t) {
  if (!t) return;
  yield* walk(t.l);
  yield t.v;
  yield* walk(t.r);
}
const tree = { v: 2, l: { v: 1 }, r: { v: 4, l: { v: 3 } } };
console.log([...walk(tree)]);
// A hand-written iterator: yield* sends next values to it, and passes its result objects on as they are.
const custom = {
  [Symbol.iterator]() {
    let n = 0;
    return {
      next(v) { n++; return n < 3 ? { value: "c" + n + ":" + v, done: false, extra: n } : { value: "custom end", done: true }; },
      return(v) { console.log("custom return", v); return { value: v, done: true }; },
    };
  },
};
function* viaCustom() { const end = yield* custom; yield end; }
const vc = viaCustom();
console.log(vc.next("a"), vc.next("b"), vc.next("c"), vc.next());
const vr = viaCustom();
vr.next();
console.log(vr.return("R"));
// expect: inner got sent
// expect: r = inner result
// expect: { value: 'i1', done: false } { value: 1, done: false }
// expect: [ 2, 'h', 'é', 's', [ 'k', 'v' ] ]
// expect: worker caught x
// expect: worker finally
// expect: boss finally
// expect: { value: 'w1', done: false } { value: 'w3', done: false } { value: undefined, done: true }
// expect: worker finally
// expect: boss finally
// expect: { value: 'w1', done: false } { value: 'stop', done: true } { value: undefined, done: true }
// expect: [ 1, 2, 3, 4 ]
// expect: { value: 'c1:undefined', done: false, extra: 1 } { value: 'c2:b', done: false, extra: 2 } { value: 'custom end', done: false } { value: undefined, done: true }
// expect: custom return R
// expect: { value: 'R', done: true }
