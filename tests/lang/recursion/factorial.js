// Factorial grows past int32 and eventually to Infinity.
function fact(n) { if (n <= 1) return 1; return n * fact(n - 1); }
console.log(fact(0)); // expect: 1
console.log(fact(5)); // expect: 120
console.log(fact(12)); // expect: 479001600
console.log(fact(13)); // expect: 6227020800
console.log(fact(20)); // expect: 2432902008176640000
console.log(fact(25)); // expect: 1.5511210043330986e+25
console.log(fact(170)); // expect: 7.257415615307994e+306
console.log(fact(171)); // expect: Infinity
