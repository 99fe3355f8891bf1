// Logical operators steering control flow.
function classify(n) {
  if (n > 0 && n % 2 === 0) return "positive even";
  if (n > 0 || n === 0) return "non-negative";
  if (!(n > -10)) return "very negative";
  return "negative";
}
console.log(classify(4)); // expect: positive even
console.log(classify(3)); // expect: non-negative
console.log(classify(0)); // expect: non-negative
console.log(classify(-3)); // expect: negative
console.log(classify(-30)); // expect: very negative
let i = 0;
while (i < 10 && i * i < 20) i++;
console.log(i); // expect: 5
let name = null;
let shown = name ?? "anonymous";
console.log(shown); // expect: anonymous
