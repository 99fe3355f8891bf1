// Combining ! with && and ||.
let a = true, b = false;
console.log(!a || b); // expect: false
console.log(!(a || b)); // expect: false
console.log(!a && !b); // expect: false
console.log(!(a && b)); // expect: true
console.log(!(a && b) === (!a || !b)); // expect: true
console.log(!(a || b) === (!a && !b)); // expect: true
console.log(!!(a && "x")); // expect: true
