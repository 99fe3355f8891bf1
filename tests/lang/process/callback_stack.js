// A callback the event loop runs after the script has no script frame
// below it: its stack lists the callback, not the finished script.
function where(tag) {
  try {
    throw new Error(tag);
  } catch (e) {
    console.log(tag, e.stack.includes("Object.<anonymous>"), e.stack.includes("where"));
  }
}
where("sync"); // expect: sync true true
setTimeout(() => where("timer"), 0);
Promise.resolve().then(() => where("job"));
process.nextTick(() => where("tick"));
// expect: tick false true
// expect: job false true
// expect: timer false true
