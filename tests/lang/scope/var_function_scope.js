// var is scoped to the whole function, not the block.
function f(flag) {
  if (flag) {
    var result = "set in if";
  }
  return result;
}
console.log(f(true)); // expect: set in if
console.log(f(false)); // expect: undefined
function g() {
  console.log(inner);
  var inner = 5;
  {
    var inner = 6;
  }
  return inner;
}
console.log(g());
// expect: undefined
// expect: 6
function h() {
  for (var i = 0; i < 4; i++) {}
  return i;
}
console.log(h()); // expect: 4
