// A function's name is an ordinary, reassignable binding.
function f() { return 1; }
console.log(f()); // expect: 1
let saved = f;
f = 5;
console.log(typeof f, f); // expect: number 5
console.log(saved()); // expect: 1
f = saved;
console.log(f()); // expect: 1
