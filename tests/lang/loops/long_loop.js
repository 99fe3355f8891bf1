// A loop with a million iterations.
let sum = 0;
for (let i = 0; i < 1000000; i++) {
  sum += i;
}
console.log(sum); // expect: 499999500000
let n = 0;
let x = 0;
while (n < 1000000) { x = (x + n * 7) % 1000003; n++; }
console.log(x); // expect: 42
