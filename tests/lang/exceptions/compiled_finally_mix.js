// try/catch/finally with break, continue and labels in hot loops (OSR in
// the middle), finally overriding a throw, deep recursion caught, generator
// cleanup, errors from destructuring getters, stack lines through
// compiled frames, an Error subclass with a cause.
const out = [];
function thrower(i) { if (i % 3 === 0) throw new Error("e" + i); return i; }
function loop(n) {
  let s = 0;
  for (let i = 0; i < n; i++) {
    try {
      try { s += thrower(i); }
      finally { s += 1; if (i === n - 1) break; }
    } catch (e) { s -= 1; continue; }
    finally { s *= 1; }
  }
  return s;
}
for (let k = 0; k < 5; k++) out.push(loop(2000));
function fin() { try { return "try"; } finally { out.push("finally ran"); } }
for (let i = 0; i < 3; i++) out.push(fin());
function over() { try { throw 1; } finally { return "override"; } }
for (let i = 0; i < 2000; i++) over(); out.push(over());
function labeled() { let r = 0; outer: for (let i = 0; i < 10; i++) { for (let j = 0; j < 10; j++) { try { if (j === 5) continue outer; if (i === 7) break outer; r++; } finally { r += 100; } } } return r; }
for (let i = 0; i < 500; i++) labeled(); out.push(labeled());
// deep recursion error inside compiled code, caught, then continue working
function deep(n) { return n === 0 ? 0 : 1 + deep(n - 1); }
try { deep(1e6); } catch (e) { out.push(e instanceof RangeError, e.message); }
out.push(deep(1000));
// generator with try/finally and return
function* gen() { try { yield 1; yield 2; } finally { out.push("gen cleanup"); } }
for (const v of gen()) { if (v === 1) break; }
const it = gen(); it.next(); out.push(JSON.stringify(it.return(5)));
// error in getter during destructuring in hot code
function des(o) { const { a, b = a * 2 } = o; return a + b; }
for (let i = 0; i < 2000; i++) des({ a: i });
try { des(null); } catch (e) { out.push(e.message); }
try { des({ get a() { throw new TypeError("getter boom"); } }); } catch (e) { out.push(e.message); }
// stack of an error thrown through compiled frames
function s1() { return s2(); } function s2() { throw new Error("st"); }
for (let i = 0; i < 2000; i++) { try { s1(); } catch (e) {} }
try { s1(); } catch (e) { out.push(e.stack.split("\n").slice(0, 3).map(l => l.replace(/\(.*\//, "(")).join(" | ")); }
// Error subclass + cause + toString
class MyErr extends Error { constructor(m, o) { super(m, o); this.name = "MyErr"; } }
const me = new MyErr("bad", { cause: "why" }); out.push(String(me), me.cause, me instanceof Error, Object.prototype.toString.call(me));
for (const x of out) console.log(x);
// expect: 1334000
// expect: 1334000
// expect: 1334000
// expect: 1334000
// expect: 1334000
// expect: finally ran
// expect: try
// expect: finally ran
// expect: try
// expect: finally ran
// expect: try
// expect: override
// expect: 4335
// expect: true
// expect: Maximum call stack size exceeded
// expect: 1000
// expect: gen cleanup
// expect: gen cleanup
// expect: {"value":5,"done":true}
// expect: Cannot destructure property 'a' of 'o' as it is null.
// expect: getter boom
// expect: Error: st |     at s2 (compiled_finally_mix.js:39:54) |     at s1 (compiled_finally_mix.js:39:24)
// expect: MyErr: bad
// expect: why
// expect: true
// expect: [object Error]
