// process.hrtime: [seconds, nanoseconds], or the time since an earlier one.
var t = process.hrtime();
console.log(t.length, Number.isInteger(t[0]), Number.isInteger(t[1]), t[1] < 1e9); // expect: 2 true true true
var d = process.hrtime(t);
console.log(d[0] >= 0, d[1] >= 0 || d[0] > 0); // expect: true true
try {
  process.hrtime(1);
} catch (e) {
  console.log(e.name, e.message); // expect: TypeError The "time" argument must be an instance of Array. Received type number (1)
}
