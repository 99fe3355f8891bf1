// Timers run by due time, then creation order; microtasks drain after
// each; setInterval repeats until cleared; extra arguments are passed.
// (Due times far apart, so that node's order does not depend on how long
// the script took to register them on a loaded machine.)
const start = Date.now();
setTimeout(() => console.log("300ms, waited", Date.now() - start >= 299), 300);
setTimeout((a, b) => console.log("args", a, b), 150, "x", "y");
setTimeout(() => console.log("first of the 1ms ones"), 1);
setTimeout(() => console.log("second of the 1ms ones"), 0);
setTimeout(() => console.log("negative delay is 1ms"), -5);
const cancelled = setTimeout(() => console.log("never"), 1);
clearTimeout(cancelled);
clearTimeout(undefined);
let n = 0;
const iv = setInterval(() => {
  n++;
  console.log("interval", n);
  Promise.resolve().then(() => console.log("micro after interval", n));
  if (n === 3) clearInterval(iv);
}, 3);
// expect: first of the 1ms ones
// expect: second of the 1ms ones
// expect: negative delay is 1ms
// expect: interval 1
// expect: micro after interval 1
// expect: interval 2
// expect: micro after interval 2
// expect: interval 3
// expect: micro after interval 3
// expect: args x y
// expect: 300ms, waited true
