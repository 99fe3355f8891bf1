// process.exit ends the program at once: no more output, no finally, no
// timers; what was printed before is flushed.
setTimeout(() => console.log("never"), 0);
function f() {
  try {
    console.log("in f"); // expect: in f
    process.exit(7);
  } finally {
    console.log("never either");
  }
}
f();
console.log("not reached");
// expect exit: 7
