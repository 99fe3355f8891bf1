// A var in a loop body is not reset by the declaration without initializer.
for (let i = 0; i < 3; i++) {
  var y;
  console.log(y);
  y = i;
}
// expect: undefined
// expect: 0
// expect: 1
