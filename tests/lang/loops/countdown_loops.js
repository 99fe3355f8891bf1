// Decrementing loops and negative steps.
let s = "";
for (let i = 10; i > 0; i -= 3) s += i + " ";
console.log(s); // expect: 10 7 4 1
let j = 5;
s = "";
while (j--) s += j;
console.log(s, j); // expect: 43210 -1
let k = 3;
s = "";
while (--k) s += k;
console.log(s, k); // expect: 21 0
