// Assignment is an expression yielding the assigned value.
let a, b, c;
a = b = c = 5;
console.log(a, b, c); // expect: 5 5 5
let x;
console.log(x = 3); // expect: 3
console.log(x); // expect: 3
let n = 10;
let steps = 0;
while ((n = n - 3) > 0) steps++;
console.log(n, steps); // expect: -2 3
let p = (x = 7) + 1;
console.log(x, p); // expect: 7 8
let q = 1;
q = q + (q = 10);
console.log(q); // expect: 11
