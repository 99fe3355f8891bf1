// Nested conditionals.
function fizz(n) {
  if (n % 3 === 0) {
    if (n % 5 === 0) {
      return "FizzBuzz";
    }
    return "Fizz";
  } else {
    if (n % 5 === 0) return "Buzz";
  }
  return "" + n;
}
let out = "";
for (let i = 1; i <= 15; i++) out += fizz(i) + " ";
console.log(out); // expect: 1 2 Fizz 4 Buzz Fizz 7 8 Fizz Buzz 11 Fizz 13 14 FizzBuzz
