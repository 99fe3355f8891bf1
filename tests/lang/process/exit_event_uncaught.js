// An uncaught error sets process.exitCode to 1 and still emits 'exit'
// (after the report); a listener may change the status.
process.on("exit", (c) => {
  console.log("exit", c, process.exitCode);
  process.exitCode = 5;
});
console.log("start"); // expect: start
null.x;
// expect: exit 1 1
// expect error: TypeError: Cannot read properties of null (reading 'x')
// expect exit: 5
