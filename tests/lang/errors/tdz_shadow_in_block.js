// Inside the block the inner (not yet initialized) binding is in scope.
let x = "outer";
{
  console.log(x);
  let x = "inner";
}
// expect error: ReferenceError: Cannot access 'x' before initialization
