// continue in a for loop still runs the update expression.
let s = "";
for (let i = 0; i < 10; i++) {
  if (i % 3 === 0) continue;
  if (i > 7) break;
  s += i;
}
console.log(s); // expect: 12457
let updates = 0;
for (let i = 0; i < 5; i++, updates++) {
  continue;
}
console.log(updates); // expect: 5
let found = -1;
for (let i = 100; i < 200; i++) {
  if (i % 17 === 0) { found = i; break; }
}
console.log(found); // expect: 102
