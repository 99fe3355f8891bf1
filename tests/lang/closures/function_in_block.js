// A function declared in a block is block-scoped, hoisted in the block, and
// (Annex B, as node's sloppy scripts do) also a var of the function.
function f(flag) {
  console.log(typeof g);
  if (flag) {
    console.log(g());
    function g() { return "in block"; }
  }
  return typeof g;
}
console.log(f(true), f(false));
if (true) {
  function top() { return "top"; }
}
console.log(top());
{
  let k = 3;
  function usesK() { return k; }
  console.log(usesK());
}
// expect: undefined
// expect: in block
// expect: undefined
// expect: function undefined
// expect: top
// expect: 3
