// += on strings.
let s = "a";
s += "b";
console.log(s); // expect: ab
s += 1;
console.log(s); // expect: ab1
s += null;
console.log(s); // expect: ab1null
s += true;
console.log(s); // expect: ab1nulltrue
let n = 1;
n += "1";
console.log(n); // expect: 11
console.log(typeof n); // expect: string
let u;
u += "x";
console.log(u); // expect: undefinedx
let z = 0.5;
z += "";
console.log(z, typeof z); // expect: 0.5 string
