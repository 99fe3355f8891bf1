// A generator's frame outlives its call: `next` resumes it, `return`
// runs its finally block, and the loop that drives it gets compiled.
function* countdown(n) {
  try {
    while (n > 0) {
      const skip = yield n;
      n -= skip ? skip : 1;
    }
  } finally {
    console.log("closed at", n);
  }
}
let sum = 0;
for (const k of countdown(100)) sum += k;
const it = countdown(10);
console.log(sum, it.next().value, it.next(3).value, it.next().value);
console.log(it.return("stop"), it, countdown);
// expect: closed at 0
// expect: 5050 10 7 6
// expect: closed at 6
// expect: { value: 'stop', done: true } Object [Generator] {} [GeneratorFunction: countdown]
