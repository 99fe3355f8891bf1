// setImmediate: callbacks run in the loop's check phase, after the
// microtasks of the script and after the timers that are due; each is
// followed by the microtasks it queued; one queued by an immediate waits
// for the next turn; clearImmediate cancels; extra arguments are passed;
// stack frames are named as node's (`Immediate._onImmediate`).
function frames(e) {
  return e.stack.split("\n").slice(1).map((l) => l.trim().replace(/\(\/.*\//, "(")).join(" | ");
}
// (The timer is set by the first immediate: set by the script, whether
// it ran before the first check phase would depend on the machine's speed.)
setImmediate(() => { console.log("imm1"); setTimeout(() => {
  console.log("timeout");
  setImmediate(() => {
    console.log("imm2");
    Promise.resolve().then(() => console.log("micro after imm2"));
    setImmediate(() => console.log("imm3, next turn")); });
  setImmediate((a, b) => console.log("imm args", a, b), 1, 2);
}, 0); });
setImmediate(function named() { console.log(frames(new Error())); });
setImmediate(() => { console.log(frames(new Error())); }, "arg");
const h = setImmediate(() => console.log("never"));
clearImmediate(h);
clearImmediate(undefined);
process.nextTick(() => console.log("tick"));
Promise.resolve().then(() => console.log("micro"));
console.log("sync", typeof setImmediate, setImmediate.length, clearImmediate.length);
// expect: sync function 4 1
// expect: tick
// expect: micro
// expect: imm1
// expect: at Immediate.named [as _onImmediate] (immediates.js:19:52) | at process.processImmediate (node:internal/timers:483:21)
// expect: at Immediate._onImmediate (immediates.js:20:41) | at process.processImmediate (node:internal/timers:485:21)
// expect: timeout
// expect: imm2
// expect: micro after imm2
// expect: imm args 1 2
// expect: imm3, next turn
