// process is an EventEmitter: `exit`, `beforeExit` and `uncaughtException`
// come from the host; `emit` calls a program's own events.
process.on("exit", (c) => console.log("exiting", c, process.exitCode));
process.once("beforeExit", (c) => { console.log("beforeExit", c); setTimeout(() => console.log("more work"), 1); });
process.on("uncaughtException", (e, origin) => console.log("handler", e.message, origin));
setTimeout(() => { throw new Error("in timer"); }, 0);
setTimeout(() => console.log("after timer error"), 2);
console.log("main", process.listenerCount("exit"));
const l = (x) => console.log("custom", x);
process.on("custom", l);
console.log(process.emit("custom", 1));
process.off("custom", l);
console.log(process.emit("custom", 2));
throw new Error("sync");
// expect: main 1
// expect: custom 1
// expect: true
// expect: false
// expect: handler sync uncaughtException
// expect: handler in timer uncaughtException
// expect: after timer error
// expect: beforeExit 0
// expect: more work
// expect: exiting 0 undefined
