// for loops with each kind of initializer.
let s = "";
for (let i = 0; i < 5; i++) s += i;
console.log(s); // expect: 01234
s = "";
for (var v = 5; v > 0; v--) s += v;
console.log(s, v); // expect: 54321 0
let e;
s = "";
for (e = 0; e < 3; e += 1) s += e;
console.log(s, e); // expect: 012 3
let total = 0;
for (let i = 1; i <= 100; i++) total += i;
console.log(total); // expect: 5050
