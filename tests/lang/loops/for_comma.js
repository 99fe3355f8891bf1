// Comma expressions in for headers.
let out = "";
for (let i = 0, j = 10; i < j; i += 3, j -= 3) out += i + ":" + j + " ";
console.log(out); // expect: 0:10 3:7
var a, b;
out = "";
for (a = 1, b = 1; a < 50; b = a + b, a = b - a) out += a + " ";
console.log(out); // expect: 1 1 2 3 5 8 13 21 34
let x, y;
for (x = 0, y = 0; x < 3; x++, y += x);
console.log(x, y); // expect: 3 6
