// Leaving a for...of early (break, return, throw) calls the generator's return(): its finally runs.
function* res(name) {
  try {
    yield 1;
    yield 2;
    yield 3;
  } finally {
    console.log("close", name);
  }
}
for (const x of res("break")) { if (x === 2) break; console.log(x); }
function first() { for (const x of res("return")) return x; }
console.log(first());
try {
  for (const x of res("throw")) throw new Error("body " + x);
} catch (e) { console.log(e.message); }
outer: for (const a of [1, 2]) {
  for (const x of res("labelled " + a)) { continue outer; }
}
const [p, q] = res("destructure");
console.log(p, q);
const [all] = [...res("spread")];
console.log(all);
// A generator left suspended in a loop it iterates: closing it closes the inner loop's generator too.
function* layered() {
  for (const x of res("inner")) yield x;
}
for (const y of layered()) { console.log("y", y); break; }
// After closing, the generator is done.
const g = res("manual");
g.next();
g.return();
console.log(g.next());
// expect: 1
// expect: close break
// expect: close return
// expect: 1
// expect: close throw
// expect: body 1
// expect: close labelled 1
// expect: close labelled 2
// expect: close destructure
// expect: 1 2
// expect: close spread
// expect: 1
// expect: y 1
// expect: close inner
// expect: close manual
// expect: { value: undefined, done: true }
