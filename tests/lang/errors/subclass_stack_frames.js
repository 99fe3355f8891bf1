// A subclass of Error lists no frames of its constructors (V8 skips the
// frames up to the one running new.target), and
// Error.captureStackTrace(o, fn) lists those above fn's frame.
class MyErr extends Error {
  constructor(m) {
    super(m);
    this.name = "MyErr";
  }
}
class Deeper extends MyErr {
  constructor() {
    super("deep");
  }
}
function inner() {
  throw new MyErr("boom");
}
function outer() {
  inner();
}
const frames = (e) => e.stack.split("\n").slice(0, 3).map((l) => l.trim().split(" (")[0]);
try {
  outer();
} catch (e) {
  console.log(frames(e)); // expect: [ 'MyErr: boom', 'at inner', 'at outer' ]
}
function make() {
  return new Deeper();
}
console.log(frames(make())); // expect: [ 'MyErr: deep', 'at make', 'at Object.<anonymous>' ]
class Plain extends Error {}
function mk() {
  return new Plain("x");
}
console.log(frames(mk())); // expect: [ 'Error: x', 'at mk', 'at Object.<anonymous>' ]
function k() {
  const o = {};
  Error.captureStackTrace(o, k);
  return o;
}
function k2() {
  return k();
}
console.log(frames(k2())); // expect: [ 'Error', 'at k2', 'at Object.<anonymous>' ]
function F() {}
console.log(JSON.stringify(Reflect.construct(Error, ["m"], F).stack)); // expect: "Error: m"
