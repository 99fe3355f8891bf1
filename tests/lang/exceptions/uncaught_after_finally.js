// An uncaught number after the finally block on the way ran.
try {
  throw 1;
} finally {
  console.log("finally runs first");
}
// expect: finally runs first
// expect error: 1
