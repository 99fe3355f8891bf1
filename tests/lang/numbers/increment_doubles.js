// ++ and -- on doubles and across the int32 limits.
let d = 1.5;
d++;
console.log(d); // expect: 2.5
++d;
console.log(d); // expect: 3.5
d -= 3.5;
console.log(d); // expect: 0
d--;
console.log(d); // expect: -1
let b = 2147483646;
b++;
console.log(b); // expect: 2147483647
b++;
console.log(b); // expect: 2147483648
let c = -2147483647;
c--; c--;
console.log(c); // expect: -2147483649
let e = 0.1;
e++;
console.log(e); // expect: 1.1
