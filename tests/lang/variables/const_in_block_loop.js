// A const in a loop body is fresh on every iteration.
let sum = 0;
for (let i = 0; i < 5; i++) {
  const sq = i * i;
  sum += sq;
}
console.log(sum); // expect: 30
let j = 0;
while (j < 3) {
  const label = "item" + j;
  console.log(label);
  j++;
}
// expect: item0
// expect: item1
// expect: item2
