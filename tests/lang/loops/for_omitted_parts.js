// for loops with missing header parts.
let i = 0;
for (;;) {
  if (i >= 3) break;
  i++;
}
console.log(i); // expect: 3
let j = 0;
for (; j < 5;) j += 2;
console.log(j); // expect: 6
let k = 0;
for (let x = 0; ; x++) {
  k += x;
  if (x === 4) break;
}
console.log(k); // expect: 10
let m = 0;
for (let y = 0; y < 3;) { y++; m += y; }
console.log(m); // expect: 6
