// Errors: a throw in an executor rejects; resolve after reject is ignored;
// resolving a promise with itself is a TypeError; then's handlers that
// throw reject the derived promise; finally passes values and reasons on.
new Promise(() => { throw new RangeError("in executor"); }).catch((e) => console.log(e.name, e.message));
new Promise((res, rej) => { rej("first"); res("second"); throw new Error("late"); }).then(
  (v) => console.log("fulfilled?", v),
  (r) => console.log("rejected", r),
);
const self = new Promise((r) => setTimeout(() => r(self), 0));
self.catch((e) => console.log(e.constructor.name + ": " + e.message));
Promise.resolve(1)
  .then((v) => { throw new Error("from then " + v); })
  .then(() => console.log("skipped"))
  .catch((e) => { console.log("caught", e.message); return "recovered"; })
  .then((v) => console.log(v));
Promise.resolve("value").finally(() => console.log("finally 1")).then((v) => console.log("kept", v));
Promise.reject(new Error("reason")).finally(() => "ignored").catch((e) => console.log("still", e.message));
Promise.resolve("v").finally(() => { throw new Error("finally threw"); }).catch((e) => console.log(e.message));
Promise.resolve(1).then(2, 3).then((v) => console.log("non-function handlers pass through", v));
try { new Promise(); } catch (e) { console.log(e.message); }
try { new Promise({}); } catch (e) { console.log(e.message); }
try { Promise(() => {}); } catch (e) { console.log(e.message); }
try { Promise.prototype.then.call({}, () => {}); } catch (e) { console.log(e.message); }
try { queueMicrotask(1); } catch (e) { console.log(e.name, e.message); }
try { setTimeout("code"); } catch (e) { console.log(e.name, e.message); }
// expect: Promise resolver undefined is not a function
// expect: Promise resolver #<Object> is not a function
// expect: Promise constructor cannot be invoked without 'new'
// expect: Method Promise.prototype.then called on incompatible receiver #<Object>
// expect: TypeError The "callback" argument must be of type function. Received type number (1)
// expect: TypeError The "callback" argument must be of type function. Received type string ('code')
// expect: RangeError in executor
// expect: rejected first
// expect: finally 1
// expect: finally threw
// expect: non-function handlers pass through 1
// expect: caught from then 1
// expect: recovered
// expect: kept value
// expect: still reason
// expect: TypeError: Chaining cycle detected for promise #<Promise>
