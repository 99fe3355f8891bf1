// The stack of an error thrown after an await: the function, then (as
// V8's async stack traces) the async functions awaiting it, each at its
// await; before the first await, the ordinary callers.
async function early() { throw new Error("early"); }
function caller() { return early(); }
caller().catch((e) => console.log(e.stack.split("\n").slice(0, 3).map((l) => l.trim().split(" (")[0]).join(" / ")));
async function late() { await null; throw new Error("late"); }
async function middle() { return await late(); }
async function top() { await middle(); }
top().catch((e) => console.log(e.stack.split("\n").map((l) => l.trim().replace(/\(.*[\/\\]/, "(")).join(" / ")));
// expect: Error: early / at early / at caller
// expect: Error: late / at late (await_stack.js:7:43) / at async middle (await_stack.js:8:34) / at async top (await_stack.js:9:24)
