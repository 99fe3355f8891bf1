// A const loop variable fails at the first update, after one iteration.
for (const i = 0; i < 3; i++) {
  console.log("iteration", i); // expect: iteration 0
}
// expect error: TypeError: Assignment to constant variable.
