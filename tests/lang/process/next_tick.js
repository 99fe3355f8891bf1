// process.nextTick callbacks run after the script, before promise jobs;
// ticks queued by a promise job run once the promise jobs drain.
try {
  process.nextTick(1);
} catch (e) {
  console.log(e.message); // expect: The "callback" argument must be of type function. Received type number (1)
}
process.nextTick(() => console.log("tick1"));
Promise.resolve().then(() => {
  console.log("p1");
  process.nextTick(() => console.log("tick in a job"));
}).then(() => console.log("p2"));
process.nextTick((a, b) => console.log("tick2", a, b), 1, 2);
queueMicrotask(() => console.log("queued"));
setTimeout(() => {
  process.nextTick(() => console.log("timer's tick"));
  Promise.resolve().then(() => console.log("timer's job"));
  console.log("timer");
}, 1);
console.log("sync");
// expect: sync
// expect: tick1
// expect: tick2 1 2
// expect: p1
// expect: queued
// expect: p2
// expect: tick in a job
// expect: timer
// expect: timer's tick
// expect: timer's job
