// FizzBuzz from 1 to 30: multiples of 3 print Fizz, of 5 print Buzz,
// of both print FizzBuzz.
for (let i = 1; i <= 30; i++) {
  let out = "";
  if (i % 3 === 0) out += "Fizz";
  if (i % 5 === 0) out += "Buzz";
  console.log(out || i);
}
