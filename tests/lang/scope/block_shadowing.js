// let in a block shadows the outer binding only inside the block.
let x = "outer";
{
  let x = "inner";
  console.log(x); // expect: inner
  {
    let x = "innermost";
    console.log(x); // expect: innermost
  }
  console.log(x); // expect: inner
}
console.log(x); // expect: outer
if (true) {
  const x = 1;
  console.log(x); // expect: 1
}
console.log(x); // expect: outer
