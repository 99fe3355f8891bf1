// Logical not on all kinds of values.
console.log(!true); // expect: false
console.log(!false); // expect: true
console.log(!0); // expect: true
console.log(!1); // expect: false
console.log(!-1); // expect: false
console.log(!""); // expect: true
console.log(!"0"); // expect: false
console.log(!" "); // expect: false
console.log(!null); // expect: true
console.log(!undefined); // expect: true
console.log(!NaN); // expect: true
console.log(!-0); // expect: true
console.log(!Infinity); // expect: false
console.log(!!"x"); // expect: true
console.log(!!!"x"); // expect: false
function f() {}
console.log(!f); // expect: false
