// Compound assignment with coercion.
let s = "5";
s -= 2;
console.log(s, typeof s); // expect: 3 number
let t = "5";
t += 2;
console.log(t, typeof t); // expect: 52 string
let u = "4";
u *= "2";
console.log(u); // expect: 8
let n = null;
n += 1;
console.log(n); // expect: 1
let v;
v += 1;
console.log(v); // expect: NaN
let b = true;
b += true;
console.log(b); // expect: 2
let c = "abc";
c |= 0;
console.log(c); // expect: 0
let d = 2;
d **= -1;
console.log(d); // expect: 0.5
let e = 2147483647;
e += 1;
console.log(e); // expect: 2147483648
e |= 0;
console.log(e); // expect: -2147483648
