// An ordering puzzle mixing then, await, queueMicrotask and setTimeout.
async function a1() {
  console.log("a1 start");
  await a2();
  console.log("a1 end");
}
async function a2() {
  console.log("a2");
}
console.log("script start");
setTimeout(() => console.log("setTimeout"), 0);
a1();
new Promise((resolve) => {
  console.log("promise executor");
  resolve();
}).then(() => console.log("then 1")).then(() => console.log("then 2"));
queueMicrotask(() => console.log("microtask"));
(async () => {
  await null;
  console.log("arrow after null");
  await new Promise((r) => setTimeout(r, 0));
  console.log("arrow after timer");
  queueMicrotask(() => console.log("microtask from async"));
  await undefined;
  console.log("arrow last");
})();
console.log("script end");
// expect: script start
// expect: a1 start
// expect: a2
// expect: promise executor
// expect: script end
// expect: a1 end
// expect: then 1
// expect: microtask
// expect: arrow after null
// expect: then 2
// expect: setTimeout
// expect: arrow after timer
// expect: microtask from async
// expect: arrow last
