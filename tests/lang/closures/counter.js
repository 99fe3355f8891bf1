// A closure keeps its variables alive and updates them; each call of the
// maker gets its own.
function makeCounter(start) {
  let n = start;
  return {
    inc: () => ++n,
    dec: () => --n,
    get: function () { return n; },
  };
}
const a = makeCounter(0);
const b = makeCounter(10);
a.inc(); a.inc(); b.dec();
console.log(a.get(), b.get());
for (let i = 0; i < 1000; i++) a.inc();
console.log(a.get());
// expect: 2 9
// expect: 1002
