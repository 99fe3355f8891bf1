// Tick counts against node: awaiting a native promise takes one tick (the
// ES2019 fast path), a plain value one, a thenable two (its `then` runs in
// a job first), and returning a promise from an async function three (the
// promise adopts it: a job calls `then`, whose reaction is another job).
const log = [];
function ticker(n) {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => log.push("tick " + i));
}
async function awaitsPromise() { await Promise.resolve(); log.push("await promise"); }
async function awaitsValue() { await 42; log.push("await value"); }
async function awaitsThenable() {
  await { then(resolve) { log.push("then called"); resolve(); } };
  log.push("await thenable");
}
async function returnsPromise() { return Promise.resolve("r"); }
async function returnsValue() { return "v"; }
ticker(5);
awaitsPromise();
awaitsValue();
awaitsThenable();
returnsPromise().then(() => log.push("returned promise settled"));
returnsValue().then(() => log.push("returned value settled"));
setTimeout(() => console.log(log.join("\n")), 0);
// expect: tick 1
// expect: await promise
// expect: await value
// expect: then called
// expect: returned value settled
// expect: tick 2
// expect: await thenable
// expect: tick 3
// expect: returned promise settled
// expect: tick 4
// expect: tick 5
