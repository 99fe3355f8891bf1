// Functions are equal only to themselves (and, loosely, to their source).
function f() { return 1; }
function g() { return 1; }
let h = f;
console.log(f === f); // expect: true
console.log(f === g); // expect: false
console.log(h === f); // expect: true
console.log(f == g); // expect: false
console.log(f == ("" + f)); // expect: true
console.log(f == null); // expect: false
console.log(f != undefined); // expect: true
