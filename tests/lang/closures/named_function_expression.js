// A named function expression binds its own name inside.
const fact = function f(n) { return n <= 1 ? 1 : n * f(n - 1); };
console.log(fact(6), fact.name);
console.log(typeof f);
const same = function me() { return me; };
console.log(same() === same);
// expect: 720 f
// expect: undefined
// expect: true
