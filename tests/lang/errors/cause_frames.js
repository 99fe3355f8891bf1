// An error whose cause shares a run of frames with it prints that run once:
// node's inspect keeps the run's first and last frame and puts
// `... N lines matching cause stack trace ...` between. (The paths are
// made relative first, so the expected text does not name a directory.)
const norm = (e) => {
  e.stack = e.stack.split(__filename).join("FILE");
  if (e.cause instanceof Error) norm(e.cause);
  return e;
};
function inner() {
  return new Error("inner");
}
function outer() {
  return new Error("outer", { cause: inner() });
}
console.log(norm(outer()));
const a = new Error("a");
console.log(norm(new Error("b", { cause: a })));
console.log(norm(new Error("x", { cause: "not an error" })));
function deep(n) {
  return n ? deep(n - 1) : new Error("deep");
}
console.log(norm(new Error("w", { cause: deep(3) })));
// expect: Error: outer
// expect:     at outer (FILE:14:10)
// expect:     at Object.<anonymous> (FILE:16:18)
// expect:     ... 5 lines matching cause stack trace ...
// expect:     at node:internal/main/run_main_module:28:49 {
// expect:   [cause]: Error: inner
// expect:       at inner (FILE:11:10)
// expect:       at outer (FILE:14:38)
// expect:       at Object.<anonymous> (FILE:16:18)
// expect:       at Module._compile (node:internal/modules/cjs/loader:1521:14)
// expect:       at Module._extensions..js (node:internal/modules/cjs/loader:1623:10)
// expect:       at Module.load (node:internal/modules/cjs/loader:1266:32)
// expect:       at Module._load (node:internal/modules/cjs/loader:1091:12)
// expect:       at Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:164:12)
// expect:       at node:internal/main/run_main_module:28:49
// expect: }
// expect: Error: b
// expect:     at Object.<anonymous> (FILE:18:18)
// expect:     at Module._compile (node:internal/modules/cjs/loader:1521:14)
// expect:     ... 4 lines matching cause stack trace ...
// expect:     at node:internal/main/run_main_module:28:49 {
// expect:   [cause]: Error: a
// expect:       at Object.<anonymous> (FILE:17:11)
// expect:       at Module._compile (node:internal/modules/cjs/loader:1521:14)
// expect:       at Module._extensions..js (node:internal/modules/cjs/loader:1623:10)
// expect:       at Module.load (node:internal/modules/cjs/loader:1266:32)
// expect:       at Module._load (node:internal/modules/cjs/loader:1091:12)
// expect:       at Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:164:12)
// expect:       at node:internal/main/run_main_module:28:49
// expect: }
// expect: Error: x
// expect:     at Object.<anonymous> (FILE:19:18)
// expect:     at Module._compile (node:internal/modules/cjs/loader:1521:14)
// expect:     at Module._extensions..js (node:internal/modules/cjs/loader:1623:10)
// expect:     at Module.load (node:internal/modules/cjs/loader:1266:32)
// expect:     at Module._load (node:internal/modules/cjs/loader:1091:12)
// expect:     at Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:164:12)
// expect:     at node:internal/main/run_main_module:28:49 {
// expect:   [cause]: 'not an error'
// expect: }
// expect: Error: w
// expect:     at Object.<anonymous> (FILE:23:18)
// expect:     at Module._compile (node:internal/modules/cjs/loader:1521:14)
// expect:     ... 3 lines matching cause stack trace ...
// expect:     at Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:164:12)
// expect:     at node:internal/main/run_main_module:28:49 {
// expect:   [cause]: Error: deep
// expect:       at deep (FILE:21:28)
// expect:       at deep (FILE:21:14)
// expect:       at deep (FILE:21:14)
// expect:       at deep (FILE:21:14)
// expect:       at Object.<anonymous> (FILE:23:42)
// expect:       at Module._compile (node:internal/modules/cjs/loader:1521:14)
// expect:       at Module._extensions..js (node:internal/modules/cjs/loader:1623:10)
// expect:       at Module.load (node:internal/modules/cjs/loader:1266:32)
// expect:       at Module._load (node:internal/modules/cjs/loader:1091:12)
// expect:       at Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:164:12)
// expect: }
