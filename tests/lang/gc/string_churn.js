// Millions of short-lived strings.
let s = "";
let total = 0;
for (let i = 0; i < 3000000; i++) {
  s = "a" + i;
  total += s.length;
}
console.log(s); // expect: a2999999
console.log(total); // expect: 22888890
