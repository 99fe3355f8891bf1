// Two functions calling each other.
function isEven(n) { if (n === 0) return true; return isOdd(n - 1); }
function isOdd(n) { if (n === 0) return false; return isEven(n - 1); }
console.log(isEven(0), isOdd(0)); // expect: true false
console.log(isEven(7), isOdd(7)); // expect: false true
console.log(isEven(100), isOdd(101)); // expect: true true
console.log(isEven(5001)); // expect: false
function hofF(n) { if (n === 0) return 1; return n - hofM(hofF(n - 1)); }
function hofM(n) { if (n === 0) return 0; return n - hofF(hofM(n - 1)); }
let fs = "", ms = "";
for (let i = 0; i < 10; i++) { fs += hofF(i) + " "; ms += hofM(i) + " "; }
console.log(fs); // expect: 1 1 2 2 3 3 4 5 5 6
console.log(ms); // expect: 0 0 1 2 2 3 4 4 5 6
