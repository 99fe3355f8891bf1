// A let in the for header is scoped to the loop.
let i = "outside";
for (let i = 0; i < 3; i++) {
  console.log(i);
}
// expect: 0
// expect: 1
// expect: 2
console.log(i); // expect: outside
for (let k = 0; k < 2; k++) {
  let i = k * 10;
  console.log(i);
}
// expect: 0
// expect: 10
console.log(typeof k); // expect: undefined
