// process.exitCode is the status the script ends with.
console.log("before"); // expect: before
process.exitCode = 3;
setTimeout(() => console.log("timers still run"), 0); // expect: timers still run
// expect exit: 3
