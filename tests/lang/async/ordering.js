// The order of node's event loop: the script, then every microtask
// (promise reactions and queueMicrotask in the order they were queued,
// including the ones queued while draining), then the timers by due time.
console.log("script start");
setTimeout(() => console.log("timeout 0"), 0);
setTimeout(() => {
  console.log("timeout 1");
  Promise.resolve().then(() => console.log("micro inside timeout 1"));
}, 1);
setTimeout(() => console.log("timeout 1 again"), 1);
queueMicrotask(() => console.log("microtask 1"));
Promise.resolve().then(() => console.log("then 1")).then(() => console.log("then 2"));
queueMicrotask(() => {
  console.log("microtask 2");
  queueMicrotask(() => console.log("microtask 3 (queued while draining)"));
});
new Promise((resolve) => {
  console.log("executor runs at once");
  resolve();
}).then(() => console.log("then 3"));
console.log("script end");
// expect: script start
// expect: executor runs at once
// expect: script end
// expect: microtask 1
// expect: then 1
// expect: microtask 2
// expect: then 3
// expect: then 2
// expect: microtask 3 (queued while draining)
// expect: timeout 0
// expect: timeout 1
// expect: micro inside timeout 1
// expect: timeout 1 again
