// do-while runs its body at least once.
let ran = 0;
do { ran++; } while (false);
console.log(ran); // expect: 1
let i = 0;
do {
  console.log(i);
  i++;
} while (i < 3);
// expect: 0
// expect: 1
// expect: 2
let k = 10;
do k++; while (k < 5);
console.log(k); // expect: 11
