// const declarations can be read freely.
const PI = 3.14159;
const NAME = "stitch";
console.log(PI); // expect: 3.14159
console.log(NAME + "!"); // expect: stitch!
const A = 1, B = A * 2;
console.log(A + B); // expect: 3
const EMPTY = undefined;
console.log(EMPTY); // expect: undefined
{
  const PI = 3;
  console.log(PI); // expect: 3
}
console.log(PI); // expect: 3.14159
