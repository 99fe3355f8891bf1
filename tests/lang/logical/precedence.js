// && binds tighter than ||.
console.log(true || false && false); // expect: true
console.log((true || false) && false); // expect: false
console.log(false && true || true); // expect: true
console.log(1 || 2 && 3); // expect: 1
console.log(0 || 2 && 3); // expect: 3
console.log(0 && 1 || 2); // expect: 2
console.log(1 < 2 && 2 < 3); // expect: true
console.log(!0 && !""); // expect: true
console.log(true ? 0 || 5 : 7); // expect: 5
let x = 0 || 1 ? "yes" : "no";
console.log(x); // expect: yes
