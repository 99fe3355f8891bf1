// Rejections through await: a rejected promise throws at the await, into
// try/catch/finally; a throw (before or after an await) rejects the
// function's promise; a throwing default parameter rejects instead of
// throwing at the call; finally runs on the way out of a return.
async function rejectsAt() {
  try {
    await Promise.reject(new TypeError("awaited rejection"));
    console.log("not reached");
  } catch (e) {
    console.log("caught", e.name, e.message);
  } finally {
    console.log("finally after catch");
  }
  try {
    await { then(_, reject) { reject("thenable rejected"); } };
  } catch (e) {
    console.log("caught", e);
  }
  return "recovered";
}
rejectsAt().then((v) => console.log(v));
async function throwsEarly() { throw new RangeError("before any await"); }
async function throwsLate() { await 1; throw new SyntaxError("after an await"); }
throwsEarly().catch((e) => console.log("early", e.name, e.message));
throwsLate().catch((e) => console.log("late", e.name, e.message));
async function badDefault(x = missing) { return x; }
const pd = badDefault();
console.log("the call did not throw", pd instanceof Promise);
pd.catch((e) => console.log("default", e.name, e.message));
async function finallyRuns() {
  try {
    await null;
    return "from try";
  } finally {
    console.log("finally on return");
    await null;
    console.log("awaited in finally");
  }
}
finallyRuns().then((v) => console.log(v));
async function overrides() {
  try { throw new Error("lost"); } finally { return "finally wins"; }
}
overrides().then((v) => console.log(v));
async function nested(n) {
  if (n === 0) throw new Error("bottom");
  try {
    return await nested(n - 1);
  } catch (e) {
    throw new Error(e.message + " < " + n);
  }
}
nested(3).catch((e) => console.log(e.message));
async function loop() {
  let sum = 0;
  for (let i = 0; i < 5; i++) sum += await i;
  for (const v of [10, 20]) sum += await Promise.resolve(v);
  let j = 0;
  while (j < 3) { j = await (j + 1); }
  return sum + j;
}
loop().then((v) => console.log("loop", v));
async function throwsNonError() { await null; throw { code: 7 }; }
throwsNonError().catch((e) => console.log("non-error", e.code));
async function stack() { await null; throw new Error("with a stack"); }
stack().catch((e) => console.log(e.stack.split("\n")[0], e.stack.split("\n")[1].trim().split(" ")[1]));
// expect: the call did not throw true
// expect: caught TypeError awaited rejection
// expect: finally after catch
// expect: early RangeError before any await
// expect: default ReferenceError missing is not defined
// expect: finally on return
// expect: finally wins
// expect: late SyntaxError after an await
// expect: awaited in finally
// expect: non-error 7
// expect: Error: with a stack stack
// expect: caught thenable rejected
// expect: from try
// expect: recovered
// expect: bottom < 1 < 2 < 3
// expect: loop 43
