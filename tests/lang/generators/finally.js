// return() and throw() resume at the yield: finally blocks run as for a return or throw statement there.
function* g() {
  try {
    yield 1;
    yield 2;
  } finally {
    console.log("finally");
  }
}
const a = g();
console.log(a.next());
console.log(a.return(42));
console.log(a.next());
// return() before the first next() does not run the body at all.
const b = g();
console.log(b.return(7), b.next());
// A finally that yields: return() gives that yield, the return value comes after.
function* stubborn() {
  try {
    yield "working";
  } finally {
    yield "cleaning up";
    console.log("cleaned");
  }
}
const s = stubborn();
console.log(s.next(), s.return("bye"), s.next(), s.next());
// A finally that returns overrides the value return() asked for.
function* override() {
  try { yield 1; } finally { return "mine"; }
}
const o = override();
o.next();
console.log(o.return("theirs"));
// Nested try/finally run innermost first; a catch does not see a return.
function* nested() {
  try {
    try { yield 1; } catch (e) { console.log("never", e); } finally { console.log("inner"); }
  } finally {
    console.log("outer");
  }
}
const n = nested();
n.next();
console.log(n.return(0));
// expect: { value: 1, done: false }
// expect: finally
// expect: { value: 42, done: true }
// expect: { value: undefined, done: true }
// expect: { value: 7, done: true } { value: undefined, done: true }
// expect: cleaned
// expect: { value: 'working', done: false } { value: 'cleaning up', done: false } { value: 'bye', done: true } { value: undefined, done: true }
// expect: { value: 'mine', done: true }
// expect: inner
// expect: outer
// expect: { value: 0, done: true }
