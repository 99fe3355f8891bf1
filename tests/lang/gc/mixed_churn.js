// Strings and doubles created and dropped in function calls.
function label(n) { return "n=" + n / 4; }
function weight(s) { return s.length * 0.5; }
let acc = 0;
let last = "";
for (let i = 0; i < 1000000; i++) {
  last = label(i);
  acc += weight(last);
}
console.log(last); // expect: n=249999.75
console.log(acc); // expect: 4777780
