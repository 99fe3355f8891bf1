// `process.exit(n)` emits `exit` with n; a listener may change the code.
process.on("exit", (c) => { console.log("exit", c, process.exitCode); process.exitCode = 4; });
console.log("before");
process.exit(3);
console.log("never");
// expect: before
// expect: exit 3 3
// expect exit: 4
