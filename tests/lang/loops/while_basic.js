// while loops.
let i = 0;
while (i < 3) {
  console.log(i);
  i++;
}
// expect: 0
// expect: 1
// expect: 2
while (false) console.log("never");
let n = 10, steps = 0;
while (n !== 1) { n = n % 2 === 0 ? n / 2 : 3 * n + 1; steps++; }
console.log(steps); // expect: 6
