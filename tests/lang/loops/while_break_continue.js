// break and continue inside while.
let i = 0;
let odds = "";
while (true) {
  i++;
  if (i > 9) break;
  if (i % 2 === 0) continue;
  odds += i;
}
console.log(odds, i); // expect: 13579 10
let j = 0;
while (j < 100) {
  if (j === 5) break;
  j++;
}
console.log(j); // expect: 5
