// The comma operator evaluates left to right and yields the last value.
let x = (1, 2, 3);
console.log(x); // expect: 3
let a = 0, b = 10;
let r = (a++, b++, a + b);
console.log(a, b, r); // expect: 1 11 12
console.log((a = 5, a * 2)); // expect: 10
let count = 0;
function tick() { count++; return count; }
let last = (tick(), tick(), tick());
console.log(last, count); // expect: 3 3
for (let i = 0, j = 5; i < j; i++, j--) {
  console.log(i, j);
}
// expect: 0 5
// expect: 1 4
// expect: 2 3
console.log(("a", "b")); // expect: b
