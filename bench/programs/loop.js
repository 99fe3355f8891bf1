// loop: a counted integer loop at the top level of the script (not inside a
// function). `| 0` wraps the running sum to int32, so it never leaves the
// int32 fast path.
let sum = 0;
for (let i = 0; i < 100000000; i++) {
  sum = (sum + i) | 0;
}
console.log(sum);
