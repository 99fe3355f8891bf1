// throw(e) throws e at the yield: a catch there handles it and the generator goes on.
function* g() {
  while (true) {
    try {
      yield "ready";
    } catch (e) {
      console.log("caught", e);
      yield "recovered";
    }
  }
}
const it = g();
console.log(it.next());
console.log(it.throw("oops"));
console.log(it.next());
// Not caught: it leaves throw() and the generator is done.
function* fragile() { yield 1; yield 2; }
const f = fragile();
f.next();
try { f.throw(new RangeError("bad")); } catch (e) { console.log(e instanceof RangeError, e.message); }
console.log(f.next());
// throw() before the first next(): thrown at once, nothing runs.
const h = fragile();
try { h.throw(5); } catch (e) { console.log("thrown", e); }
console.log(h.next());
// An exception from the body finishes the generator.
function* boom() { yield 1; throw new Error("boom"); }
const b = boom();
console.log(b.next());
try { b.next(); } catch (e) { console.log(e.message); }
console.log(b.next(), b.return(3));
try { b.throw("late"); } catch (e) { console.log("after done:", e); }
// expect: { value: 'ready', done: false }
// expect: caught oops
// expect: { value: 'recovered', done: false }
// expect: { value: 'ready', done: false }
// expect: true bad
// expect: { value: undefined, done: true }
// expect: thrown 5
// expect: { value: undefined, done: true }
// expect: { value: 1, done: false }
// expect: boom
// expect: { value: undefined, done: true } { value: 3, done: true }
// expect: after done: late
