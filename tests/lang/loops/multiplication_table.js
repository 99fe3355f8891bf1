// Nested for loops printing a table.
for (let i = 1; i <= 5; i++) {
  let row = "";
  for (let j = 1; j <= 5; j++) {
    let p = i * j;
    row += (p < 10 ? " " : "") + p + " ";
  }
  console.log(row);
}
// expect:  1  2  3  4  5
// expect:  2  4  6  8 10
// expect:  3  6  9 12 15
// expect:  4  8 12 16 20
// expect:  5 10 15 20 25
