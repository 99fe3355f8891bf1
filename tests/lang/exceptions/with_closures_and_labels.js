// Labelled jumps through finally blocks, closures over catch parameters and loop bindings, catch destructuring (merge of closures, syntax and exceptions).
function run() {
  const log = [];
  outer: for (let i = 0; i < 3; i++) {
    try {
      for (let j = 0; j < 3; j++) {
        try {
          if (j === 1) continue outer;
          if (i === 2) break outer;
          log.push(() => `${i}${j}`);
        } finally {
          log.push(() => "f" + i + j);
        }
      }
    } finally {
      log.push(() => "F" + i);
    }
  }
  return log.map(f => f()).join(" ");
}
console.log(run());
function catcher() {
  const fs = [];
  for (const x of [1, 2, 3]) {
    try { if (x % 2) throw new RangeError("odd " + x); fs.push(() => "ok" + x); }
    catch (e) { fs.push(() => e.message + (e instanceof RangeError)); }
  }
  return fs.map(f => f());
}
console.log(catcher());
function sw(v) {
  try {
    switch (v) { case 1: return "one"; case 2: throw { code: v }; default: break; }
    return "none";
  } catch ({ code }) { return "code" + code; } finally { console.log("fin", v); }
}
console.log(sw(1), sw(2), sw(3));
const counter = (() => { let n = 0; return { inc: () => ++n, get: () => n }; })();
for (let k = 0; k < 5; k++) counter.inc();
console.log(counter.get());
try { null.x; } catch (e) { console.log(e.constructor.name, e.message); }
function deep(n) { return deep(n + 1) + 1; }
try { deep(0); } catch (e) { console.log(e instanceof RangeError, e.message); }
// expect: 00 f00 f01 F0 10 f10 f11 F1 f20 F2
// expect: [ 'odd 1true', 'ok2', 'odd 3true' ]
// expect: fin 1
// expect: fin 2
// expect: fin 3
// expect: one code2 none
// expect: 5
// expect: TypeError Cannot read properties of null (reading 'x')
// expect: true Maximum call stack size exceeded
