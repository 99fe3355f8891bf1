// Resolving with a promise or a thenable adopts it through a job that
// calls its then: two extra ticks, which the tick counter makes visible.
let tick = 0;
const log = [];
function ticker() {
  if (tick < 8) {
    tick++;
    Promise.resolve().then(ticker);
  }
}
ticker();
new Promise((r) => r(Promise.resolve("p"))).then((v) => log.push(`${v} at ${tick}`));
Promise.resolve("direct").then((v) => log.push(`${v} at ${tick}`));
const thenable = {
  then(onFulfilled) {
    log.push(`thenable.then called at ${tick}`);
    onFulfilled("t");
  },
};
Promise.resolve(thenable).then((v) => log.push(`${v} at ${tick}`));
Promise.resolve(Promise.resolve("same")).then((v) => log.push(`${v} at ${tick}`));
const p = Promise.resolve(1);
console.log(Promise.resolve(p) === p, Promise.resolve(thenable) === thenable);
// A thenable whose then throws rejects; a throw after resolving is ignored.
Promise.resolve({ then() { throw new Error("then threw"); } }).catch((e) => log.push(e.message));
Promise.resolve({ then(r) { r("first"); throw new Error("ignored"); } }).then((v) => log.push(v));
// A getter for then runs at once, during resolve.
const getter = { get then() { log.push("then read"); return undefined; } };
Promise.resolve(getter).then((v) => log.push(v === getter));
setTimeout(() => console.log(log.join("\n")), 0);
// expect: true false
// expect: then read
// expect: direct at 2
// expect: thenable.then called at 2
// expect: same at 2
// expect: thenable.then called at 2
// expect: true
// expect: t at 3
// expect: then threw
// expect: first
// expect: p at 4
