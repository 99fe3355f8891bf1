// node's 'exit' event: listeners run in order as the process ends, with
// the exit code and `this` the process object; `once` listeners run
// once, `off` removes one; a listener may change `process.exitCode`, and
// `process.exit()` inside a listener ends the process at once.
const f = (c) => console.log("removed", c);
process.on("exit", function (c) {
  console.log("exit", c, process.exitCode, this === process);
});
process.once("exit", (c) => console.log("once", c));
process.on("exit", f);
process.off("exit", f);
process.addListener("exit", () => {
  process.exitCode = 4;
  setTimeout(() => console.log("never: the loop is over"), 0);
  Promise.resolve().then(() => console.log("never either"));
});
process.on("exit", (c) => {
  console.log("last", c, process.exitCode);
  process.exit(6);
});
process.on("exit", () => console.log("never: exit() in a listener ends it"));
console.log(process.on("other", () => {}) === process, process.listenerCount("exit"), process.listenerCount("other")); // expect: true 5 1
try {
  process.on("exit", 5);
} catch (e) {
  console.log(e.name, e.code); // expect: TypeError ERR_INVALID_ARG_TYPE
}
setTimeout(() => {
  console.log("timer");
  process.exitCode = 3;
}, 1);
console.log("end of script"); // expect: end of script
// expect: timer
// expect: exit 3 3 true
// expect: once 3
// expect: last 3 4
// expect exit: 6
