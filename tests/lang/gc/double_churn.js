// Two million temporary doubles (few enough that the --gc-stress tier, which
// collects before each of them, stays well inside the test timeout).
let x = 0;
for (let i = 0; i < 1000000; i++) {
  x = x + 0.5;
}
console.log(x); // expect: 500000
let y = 0.1;
let i = 0;
while (i < 1000000) {
  y = y * 1.0000001 + 0.25 - 0.25;
  i++;
}
console.log(y > 2, y < 2); // expect: false true
