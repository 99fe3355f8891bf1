// A call site that calls a fresh closure every time (the JIT keeps it
// patched: it guards on the function's code, not on the closure).
function adder(k) { return (x) => x + k; }
let s = 0;
for (let i = 0; i < 3000; i++) {
  const f = adder(i);
  s += f(1);
}
console.log(s);
function apply(f, x) { return f(x); }
let t = 0;
for (let i = 0; i < 3000; i++) t = apply((y) => y + i, t) % 100000;
console.log(t);
// expect: 4501500
// expect: 98500
