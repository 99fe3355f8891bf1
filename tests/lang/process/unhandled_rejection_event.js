// node's 'unhandledRejection' event: each rejection still unhandled once
// the microtasks drain goes to the listeners (reason, promise) instead of
// ending the program; what a listener queues runs after.
process.on("unhandledRejection", (reason, p) => {
  console.log("unhandled:", reason instanceof Error ? reason.message : reason, p instanceof Promise);
  Promise.resolve().then(() => console.log("queued by the listener"));
});
Promise.reject(new Error("a"));
const p2 = Promise.reject(2);
setTimeout(() => {
  p2.catch(() => console.log("late catch"));
  Promise.reject(3);
  console.log("timer");
}, 5);
Promise.resolve().then(() => console.log("micro"));
console.log("sync"); // expect: sync
// expect: micro
// expect: unhandled: a true
// expect: unhandled: 2 true
// expect: queued by the listener
// expect: queued by the listener
// expect: timer
// expect: late catch
// expect: unhandled: 3 true
// expect: queued by the listener
