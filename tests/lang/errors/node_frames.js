// A stack trace lists node's own frames below the program's, as V8 does:
// the CommonJS loader under top-level code, the tick queue under a promise
// job (when the queue has work: here the console.log writes), the timer
// list under a timer's callback, whose frame is named as the method
// `_onTimeout` node calls it as. At most 10 frames in all.
const show = (tag, e) => console.log(tag + "\n" + e.stack.split("\n").slice(1).join("\n").split(__filename).join("FILE"));
show("top", new Error());
// expect: top
// expect:     at Object.<anonymous> (FILE:7:13)
// expect:     at Module._compile (node:internal/modules/cjs/loader:1521:14)
// expect:     at Module._extensions..js (node:internal/modules/cjs/loader:1623:10)
// expect:     at Module.load (node:internal/modules/cjs/loader:1266:32)
// expect:     at Module._load (node:internal/modules/cjs/loader:1091:12)
// expect:     at Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:164:12)
// expect:     at node:internal/main/run_main_module:28:49
function deep(n) {
  return n === 0 ? new Error() : deep(n - 1);
}
show("deep", deep(7));
// expect: deep
// expect:     at deep (FILE:17:20)
// expect:     at deep (FILE:17:34)
// expect:     at deep (FILE:17:34)
// expect:     at deep (FILE:17:34)
// expect:     at deep (FILE:17:34)
// expect:     at deep (FILE:17:34)
// expect:     at deep (FILE:17:34)
// expect:     at deep (FILE:17:34)
// expect:     at Object.<anonymous> (FILE:19:14)
// expect:     at Module._compile (node:internal/modules/cjs/loader:1521:14)
try {
  null.x;
} catch (e) {
  console.log(String(e).length > 0, e.stack.split("\n").length);
}
// expect: true 8
setTimeout(function named() {
  show("timer", new Error());
}, 1);
setTimeout(() => {
  show("arrow timer", new Error());
}, 2);
Promise.resolve().then(() => show("then", new Error()));
queueMicrotask(() => show("queueMicrotask", new Error()));
process.nextTick(() => show("tick", new Error()));
async function f() {
  await null;
  show("after await", new Error());
}
f();
// expect: tick
// expect:     at FILE:45:37
// expect:     at process.processTicksAndRejections (node:internal/process/task_queues:77:11)
// expect: then
// expect:     at FILE:43:43
// expect:     at process.processTicksAndRejections (node:internal/process/task_queues:95:5)
// expect: queueMicrotask
// expect:     at FILE:44:45
// expect:     at node:internal/process/task_queues:140:7
// expect:     at AsyncResource.runInAsyncScope (node:async_hooks:206:9)
// expect:     at AsyncResource.runMicrotask (node:internal/process/task_queues:137:8)
// expect:     at process.processTicksAndRejections (node:internal/process/task_queues:95:5)
// expect: after await
// expect:     at f (FILE:48:23)
// expect:     at process.processTicksAndRejections (node:internal/process/task_queues:95:5)
// expect: timer
// expect:     at Timeout.named [as _onTimeout] (FILE:38:17)
// expect:     at listOnTimeout (node:internal/timers:581:17)
// expect:     at process.processTimers (node:internal/timers:519:7)
// expect: arrow timer
// expect:     at Timeout._onTimeout (FILE:41:23)
// expect:     at listOnTimeout (node:internal/timers:581:17)
// expect:     at process.processTimers (node:internal/timers:519:7)
