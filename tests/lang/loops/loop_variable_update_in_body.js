// Changing the loop variable inside the body.
let s = "";
for (let i = 0; i < 10; i++) {
  s += i;
  i += 2;
}
console.log(s); // expect: 0369
let count = 0;
for (let i = 0; i < 100; i *= 2) {
  count++;
  if (i === 0) i = 1;
}
console.log(count); // expect: 7
