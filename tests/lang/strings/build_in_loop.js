// Building a long string in a loop.
let s = "";
for (let i = 0; i < 1000; i++) {
  s = s + "x";
}
console.log(s.length); // expect: 1000
let digits = "";
for (let i = 0; i < 10; i++) digits += i;
console.log(digits); // expect: 0123456789
let line = "";
let i = 0;
while (i < 5) {
  if (line.length > 0) line += ",";
  line += i * i;
  i++;
}
console.log(line); // expect: 0,1,4,9,16
