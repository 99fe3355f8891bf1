// A closure's first read of a captured variable, and the dead-zone check
// after it, run as one instruction in the interpreter (`EnvScoped`,
// `ScopedCheck`, `EnvScopedCheck`); a hole must still throw, from the
// check, and be catchable, in a loop that warms the function up.
function counter() {
  let n = 0;
  return { inc: () => { n = n + 1; return n; }, get: () => n };
}
const c = counter();
for (let i = 0; i < 3000; i++) c.inc();
console.log(c.get());
function adder(k) {
  return (x) => x + k;
}
let total = 0;
for (let i = 0; i < 3000; i++) total = adder(i)(total) % 1000;
console.log(total);
function early(run) {
  const read = () => later + 1;
  const deep = () => () => later * 2;
  let caught = 0;
  for (let i = 0; i < run; i++) {
    try {
      read();
    } catch (e) {
      caught++;
      if (i === 0) console.log(e.name + ": " + e.message);
    }
    try {
      deep()();
    } catch (e) {
      caught++;
    }
  }
  let later = 20;
  return [caught, read(), deep()()];
}
console.log(early(2000));
function outer() {
  let a = 1;
  function mid() {
    let b = 2;
    return () => a + b + (typeof late === "undefined" ? 0 : 1);
  }
  const f = mid();
  let late = 3;
  return f;
}
const g = outer();
let s = 0;
for (let i = 0; i < 2000; i++) s += g();
console.log(s);
function boom() {
  const f = () => x;
  f();
  let x = 1;
}
boom();
// expect: 3000
// expect: 500
// expect: ReferenceError: Cannot access 'later' before initialization
// expect: [ 4000, 21, 40 ]
// expect: 8000
// expect error: ReferenceError: Cannot access 'x' before initialization
