// A let declared in a loop body starts out undefined on every iteration.
for (let i = 0; i < 3; i++) {
  let y;
  console.log(y);
  y = i;
}
// expect: undefined
// expect: undefined
// expect: undefined
let n = 0;
while (n < 2) {
  let z;
  console.log(z);
  z = 5;
  n++;
}
// expect: undefined
// expect: undefined
