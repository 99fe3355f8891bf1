// The ?: operator.
console.log(true ? "yes" : "no"); // expect: yes
console.log(false ? "yes" : "no"); // expect: no
console.log(0 ? "truthy" : "falsy"); // expect: falsy
console.log("0" ? "truthy" : "falsy"); // expect: truthy
function sign(n) { return n > 0 ? 1 : n < 0 ? -1 : 0; }
console.log(sign(5), sign(-5), sign(0)); // expect: 1 -1 0
function grade(s) {
  return s >= 90 ? "A" : s >= 80 ? "B" : s >= 70 ? "C" : "F";
}
console.log(grade(95), grade(85), grade(75), grade(10)); // expect: A B C F
let x = 1;
let y = x > 0 ? x + 100 : x - 100;
console.log(y); // expect: 101
console.log(true ? false ? 1 : 2 : 3); // expect: 2
console.log((false ? 1 : 2) + 10); // expect: 12
let calls = 0;
function hit() { calls++; return calls; }
let z = true ? hit() : hit() + 100;
console.log(z, calls); // expect: 1 1
