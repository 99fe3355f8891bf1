// break and continue only affect the innermost loop.
let pairs = "";
for (let i = 0; i < 4; i++) {
  for (let j = 0; j < 4; j++) {
    if (j > i) break;
    if (j === 1) continue;
    pairs += i + "" + j + " ";
  }
}
console.log(pairs); // expect: 00 10 20 22 30 32 33
let count = 0;
let a = 0;
while (a < 5) {
  a++;
  let b = 0;
  do {
    b++;
    if (b === 2) continue;
    count++;
  } while (b < a);
}
console.log(count); // expect: 11
