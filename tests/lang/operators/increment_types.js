// ++ and -- convert their operand to a number first.
let s = "5";
s++;
console.log(s, typeof s); // expect: 6 number
let t = "5";
let old = t++;
console.log(old, typeof old); // expect: 5 number
let u = "1.5";
u++;
console.log(u); // expect: 2.5
let n = null;
n++;
console.log(n); // expect: 1
let v;
v++;
console.log(v); // expect: NaN
let w = true;
w++;
console.log(w); // expect: 2
let x = "abc";
x--;
console.log(x); // expect: NaN
let y = "";
console.log(++y); // expect: 1
let z = false;
console.log(z--, z); // expect: 0 -1
let h = "0x10";
h++;
console.log(h); // expect: 17
