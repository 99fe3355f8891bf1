// Assigning inside a block without declaring updates the outer variable.
let count = 0;
{
  count = count + 1;
  {
    count += 10;
  }
}
console.log(count); // expect: 11
let a = 1;
{
  let b = a + 1;
  a = b * 10;
}
console.log(a); // expect: 20
