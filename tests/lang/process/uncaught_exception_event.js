// node's 'uncaughtException' event: with a listener, an exception no
// handler catches -- out of the script, a timer or a promise job -- goes
// to the listener (with its origin) and the program goes on; a
// rejection nobody handles goes there too when no 'unhandledRejection'
// listener exists.
process.on("uncaughtException", (e, origin) => console.log("caught:", e.message, origin));
setTimeout(() => {
  console.log("timer");
  null.x;
}, 1);
setTimeout(() => console.log("still running"), 3);
Promise.resolve().then(() => {
  throw new TypeError("in a job");
});
console.log("before"); // expect: before
throw new Error("boom");
// expect: caught: boom uncaughtException
// expect: caught: in a job unhandledRejection
// expect: timer
// expect: caught: Cannot read properties of null (reading 'x') uncaughtException
// expect: still running
