// FizzBuzz written three ways.
function fb1(n) {
  if (n % 15 === 0) return "FizzBuzz";
  if (n % 3 === 0) return "Fizz";
  if (n % 5 === 0) return "Buzz";
  return n;
}
function fb2(n) {
  let s = (n % 3 === 0 ? "Fizz" : "") + (n % 5 === 0 ? "Buzz" : "");
  return s || n;
}
function fb3(n) {
  let s = "";
  if (!(n % 3)) s += "Fizz";
  if (!(n % 5)) s += "Buzz";
  return s === "" ? "" + n : s;
}
let same = true;
let last = "";
for (let i = 1; i <= 100; i++) {
  let a = "" + fb1(i), b = "" + fb2(i), c = fb3(i);
  if (a !== b || b !== c) same = false;
  last = c;
}
console.log(same, last); // expect: true Buzz
console.log(fb1(45), fb2(9), fb3(10), fb2(7), typeof fb2(7)); // expect: FizzBuzz Fizz Buzz 7 number
